package org.newsgraph.store;

import java.io.OutputStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;

/** Writes a query's results in the requested format, always as UTF-8 bytes. */
final class QueryResults {
    private QueryResults() {
    }

    static void write(Query query, QueryExecution qe, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            select(query, qe.execSelect(), format, out);
        } else if (query.isAskType()) {
            boolean answer = qe.execAsk();
            if (format == ResultFormat.TEXT) {
                ResultSetFormatter.out(out, answer);
            } else {
                ResultsWriter.create().lang(lang(format)).write(out, answer);
            }
        } else {
            RDFDataMgr.write(out, query.isDescribeType() ? qe.execDescribe() : qe.execConstruct(), Lang.TURTLE);
        }
    }

    private static void select(Query query, ResultSet rs, ResultFormat format, OutputStream out) {
        if (format == ResultFormat.TEXT) {
            ResultSetFormatter.out(out, rs, query.getPrologue());
        } else {
            ResultsWriter.create().lang(lang(format)).write(out, rs);
        }
    }

    private static Lang lang(ResultFormat format) {
        return switch (format) {
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            case JSON, TEXT -> ResultSetLang.RS_JSON;
        };
    }
}
