package org.newsgraph.store;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * A SERVICE call that fails on the network fails with one sentence naming the service and the cause. Jena's own
 * message names the request but not why it failed ("Unexpected error making the query"), and the real cause sits
 * several exceptions down, often without a message of its own.
 */
final class UnreachableService implements ChainingServiceExecutor {
    private static final String SENTENCE = "the remote SPARQL service ";

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                         ExecutionContext context, ServiceExecutor chain) {
        try {
            return chain.createExecution(opExecute, original, binding, context);
        } catch (QueryCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            String cause = cause(e);
            if (cause == null) {
                throw e;
            }
            throw new QueryExecException(SENTENCE + original.getService() + " cannot be used: " + cause, e);
        }
    }

    /** The failure of a query that called a service it could not use, as that one sentence; others as they are. */
    static RuntimeException named(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof QueryExecException && String.valueOf(t.getMessage()).startsWith(SENTENCE)) {
                return new org.newsgraph.NewsGraphException(t.getMessage(), e);
            }
        }
        return e;
    }

    /** What went wrong on the way, in words; null when the failure is not the network's. */
    static String cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return "no connection within the time allowed (no network, or a firewall)";
            }
            if (t instanceof HttpTimeoutException) {
                return "it did not answer in time";
            }
            if (t instanceof ConnectException) {
                return "the connection was refused or could not be made (no network, or nothing listens there)";
            }
            if (t instanceof UnknownHostException) {
                return "the host name " + t.getMessage() + " is unknown (no network or DNS)";
            }
            if (t instanceof HttpException http && http.getStatusCode() > 0) {
                return "it answered HTTP " + http.getStatusCode() + " " + String.valueOf(http.getMessage()).strip();
            }
        }
        return null;
    }
}
