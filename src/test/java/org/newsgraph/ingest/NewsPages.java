package org.newsgraph.ingest;

/**
 * News pages invented for the tests, laid out as real sites are: headers and menus, cookie banners, bylines,
 * pictures with captions, lists of related stories, newsletter boxes and footers around the story. Each page's
 * story sentences are to be kept; the furniture sentences (all marked "FURNITURE" somewhere in their text,
 * so one check finds any that slips through) are to be dropped.
 */
public final class NewsPages {
    private NewsPages() {
    }

    /** A story in an {@code <article>} with a captioned picture, a related list inside it and Open Graph metadata. */
    public static final String SUMMIT = """
            <!DOCTYPE html><html lang="en"><head><title>Leaders agree on grain corridor | Daily Ledger</title>
            <meta property="og:site_name" content="Daily Ledger">
            <meta property="article:published_time" content="2026-03-03T18:40:00+01:00">
            </head><body>
            <div class="cookie-banner" id="consent">We use cookies to improve your FURNITURE experience.
              <button>Accept all</button></div>
            <header class="site-header"><a href="/">Daily Ledger</a><nav><a href="/world">World FURNITURE</a>
              <a href="/business">Business</a></nav></header>
            <article class="story">
              <h1>Leaders agree on a grain corridor after talks in Vienna</h1>
              <p class="byline">By Marta Quell, Vienna</p>
              <figure><img src="a.jpg" alt=""><figcaption>The two delegations before the talks. FURNITURE
                Photo: Agency</figcaption></figure>
              <p>The foreign ministers of Austria and Hungary met in Vienna on Tuesday and agreed to reopen
                a corridor for grain shipments along the Danube.</p>
              <p>Officials said the agreement would be signed next month, once both parliaments approve it.</p>
              <div class="related-articles"><h3>Related FURNITURE</h3><ul>
                <li><a href="/a">Danube shipping slows in dry summer FURNITURE</a></li>
                <li><a href="/b">Farmers protest grain prices FURNITURE</a></li>
                <li><a href="/c">Ministers plan new trade talks FURNITURE</a></li></ul></div>
              <p>The talks had stalled for almost a year over inspection fees charged at the border.</p>
            </article>
            <footer><p>Copyright 2026 Daily Ledger FURNITURE. All rights reserved.</p></footer>
            </body></html>
            """;

    /** Div soup without {@code <article>} or {@code <main>}; the date only in JSON-LD; no site name. */
    public static final String SANCTIONS = """
            <html><head><title>New export controls announced</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"x"},
              {"@type":"NewsArticle","headline":"New export controls","datePublished":"2026-02-27T07:00:00Z"}]}
            </script></head><body>
            <div id="top-bar"><a href="/">Home FURNITURE</a> | <a href="/login">Sign in FURNITURE</a></div>
            <div class="layout">
              <div class="sidebar-left"><ul><li><a href="/1">Markets FURNITURE</a></li><li><a href="/2">Energy
                FURNITURE</a></li><li><a href="/3">Opinion FURNITURE</a></li></ul></div>
              <div id="content"><div class="story-body">
                <h1>Canada announces new export controls on drone parts</h1>
                <p>Canada announced export controls on drone engines and navigation parts on Friday, saying the
                  measures were meant to keep the components away from armed groups.</p>
                <p>The trade minister said the rules would take effect in thirty days and would be reviewed after
                  a year, in consultation with allies and with the manufacturers concerned.</p>
                <p>Exporters will need a permit for each shipment, and officials will publish a list of the
                  parts covered by the end of the month.</p>
              </div>
              <div class="most-read"><h2>Most read FURNITURE</h2><ol>
                <li><a href="/m1">Storm closes airports FURNITURE</a></li>
                <li><a href="/m2">Election results in full FURNITURE</a></li>
                <li><a href="/m3">Ten recipes for winter FURNITURE</a></li></ol></div>
              </div>
              <div class="newsletter-signup"><p>Get the morning briefing in your inbox FURNITURE.</p>
                <form><input type="email"></form></div>
            </div>
            <div class="site-footer">About us FURNITURE · Contact · Terms</div>
            </body></html>
            """;

    /** In {@code <main>}, with share buttons, an advert and no date anywhere in the page. */
    public static final String TALKS = """
            <html><head><title>Ceasefire talks resume</title></head><body>
            <main>
              <ul class="share-buttons"><li><a href="#">Share on FURNITURE</a></li><li><a href="#">Email
                FURNITURE</a></li></ul>
              <h1>Ceasefire talks resume in Doha</h1>
              <p>Negotiators returned to Doha on Sunday for a new round of ceasefire talks, two diplomats said.</p>
              <div class="ad-slot advertisement">Advertisement FURNITURE</div>
              <p>The mediators hope to settle the remaining questions about prisoner exchanges this week.</p>
              <p class="caption">Negotiators arriving at the venue. FURNITURE</p>
            </main>
            </body></html>
            """;

    /** A German story: read like any page, dropped by the language check. */
    public static final String GERMAN = """
            <html lang="de"><head><title>Minister reist nach Paris</title></head><body><article>
              <h1>Außenministerin reist zu Gesprächen nach Paris</h1>
              <p>Die Außenministerin ist am Montag zu Gesprächen mit ihrem französischen Amtskollegen nach Paris
                gereist. Im Mittelpunkt stehen die Beziehungen zwischen beiden Ländern und die Lage in der Ukraine.</p>
              <p>Nach Angaben des Ministeriums soll auch über neue Sanktionen gesprochen werden, die noch in
                diesem Monat beschlossen werden könnten.</p>
            </article></body></html>
            """;

    /** Div soup whose headline sits outside the story's container, followed by comments and a tag list. */
    public static final String TARIFFS = """
            <html><head><title>Tariffs on steel raised</title></head><body>
            <div class="page">
              <div class="masthead"><a href="/">The Courier FURNITURE</a></div>
              <div class="story-top"><h1>Ottawa raises tariffs on imported steel</h1>
                <span class="credit">Photo: Archive FURNITURE</span></div>
              <div class="story-text">
                <p>The Canadian government raised tariffs on imported steel to 25 percent on Thursday, citing a
                  surge in shipments that it said was hurting domestic mills.</p>
                <p>Industry groups welcomed the decision, while importers warned that construction costs would
                  rise, and that smaller builders would feel it first.</p>
                <p>The new rates apply from the first of next month.</p>
              </div>
              <div class="tags"><a href="/t/trade">trade FURNITURE</a> <a href="/t/steel">steel FURNITURE</a>
                <a href="/t/canada">Canada FURNITURE</a></div>
              <div id="comments"><h3>42 comments FURNITURE</h3><p>I think this is a great idea, and long overdue,
                said one reader FURNITURE.</p></div>
            </div></body></html>
            """;
}
