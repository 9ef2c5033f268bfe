using Dyad.Cli;
using Dyad.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("dyad");
    config.SetApplicationVersion(typeof(Program).Assembly.GetName().Version?.ToString(3) ?? "0.1.0");
    config.Settings.StrictParsing = true;
    config.SetHelpProvider(new DyadHelp(config.Settings));
    config.SetExceptionHandler((ex, _) => Terminal.Fail(ex, args.Contains("--verbose")));

    config.AddCommand<IngestCommand>("ingest")
        .WithDescription("Code articles into the store (DuckDB file dyad.duckdb by default, or PostgreSQL); each article is stored once, reports of one event are merged.")
        .WithExample("ingest", "news/")
        .WithExample("ingest", "feeds/world.rss", "pages/", "--db", "events.duckdb")
        .WithExample("ingest", "stories.jsonl", "--db", "postgres://dyad:secret@localhost/dyad");
    config.AddCommand<EventsCommand>("events")
        .WithDescription("List stored events matching filters (dates, actors, CAMEO code or root, QuadClass, words), newest first.")
        .WithExample("events", "--source", "USA", "--target", "PER", "--from", "2012-10-01", "--to", "2012-10-31")
        .WithExample("events", "--actor", "PERREB", "--root", "18", "--json")
        .WithExample("events", "--quad", "4", "--text", "ambush");
    config.AddCommand<ExportCommand>("export")
        .WithDescription("Export stored events as GDELT 2.0 event-table TSV, JSON lines or Parquet, with the same filters as `events`.")
        .WithExample("export", "--format", "gdelt", "--out", "events.tsv")
        .WithExample("export", "--format", "parquet", "--out", "events.parquet", "--from", "2012-01-01")
        .WithExample("export", "--format", "gdelt-mentions", "--out", "mentions.tsv")
        .WithExample("export", "--format", "jsonl", "--source", "PER");
    config.AddCommand<RecodeCommand>("recode")
        .WithDescription("Re-code stored articles after the knowledge files changed; report events added, removed and re-coded.")
        .WithExample("recode")
        .WithExample("recode", "--knowledge", "my-knowledge/", "--dry-run")
        .WithExample("recode", "--all", "--db", "events.duckdb");
    config.AddCommand<ServeCommand>("serve")
        .WithDescription("Serve the HTTP API and the dashboard (map, timelines, dyads, evidence) over a store; works offline.")
        .WithExample("serve")
        .WithExample("serve", "--db", "events.duckdb", "--urls", "http://127.0.0.1:8080");
    config.AddCommand<CodeCommand>("code")
        .WithDescription("Code news articles into CAMEO/PLOVER events, one JSON object per event on stdout.")
        .WithExample("code", "article.txt")
        .WithExample("code", "news/", "--knowledge", "my-knowledge/")
        .WithExample("code", "stories.jsonl", "--max-size", "20")
        .WithExample("code", "reuters-21578/reut2-000.sgm")
        .WithExample("code", "-");
    config.AddCommand<ReadCommand>("read")
        .WithDescription("Show how articles are read: headline, source, date, dateline and body, as JSON lines.")
        .WithExample("read", "article.txt")
        .WithExample("read", "world-news.rss")
        .WithExample("read", "saved-page.html");
    config.AddCommand<ParseCommand>("parse")
        .WithDescription("Tokenize, tag, lemmatize and parse articles; print CoNLL-U (Universal Dependencies) on stdout.")
        .WithExample("parse", "article.txt")
        .WithExample("parse", "news/", "--models", "my-models/");
    config.AddCommand<TrainCommand>("train")
        .WithDescription("Rebuild the language models: word clusters from raw text, then the tagger (with the lemmatizer) and the parser from a CoNLL-U treebank.")
        .WithExample("train", "clusters", "--text", "en_ewt-ud-train.conllu", "--text", "reuters-21578/", "--out", "models/")
        .WithExample("train", "tagger", "--train", "en_ewt-ud-train.conllu", "--dev", "en_ewt-ud-dev.conllu", "--out", "models/")
        .WithExample("train", "parser", "--train", "en_ewt-ud-train.conllu", "--dev", "en_ewt-ud-dev.conllu", "--out", "models/");
    config.AddBranch("eval", eval =>
    {
        eval.SetDescription("Score Dyad on gold data: the language models on a CoNLL-U treebank, the event coder on hand-coded events.");
        eval.AddCommand<EvalCommand>("tagger")
            .WithDescription("Score the tagger and lemmatizer on a gold CoNLL-U treebank (UPOS, XPOS, lemma, speed).")
            .WithExample("eval", "tagger", "--conllu", "en_ewt-ud-test.conllu");
        eval.AddCommand<EvalCommand>("parser")
            .WithDescription("Score the tagger, lemmatizer and parser on a gold CoNLL-U treebank (UPOS, XPOS, lemma, UAS, LAS, speed).")
            .WithExample("eval", "parser", "--conllu", "en_ewt-ud-test.conllu")
            .WithExample("eval", "parser", "--conllu", "en_pud-ud-test.conllu", "--raw", "--json");
        eval.AddCommand<EvalEventsCommand>("events")
            .WithDescription("Code hand-coded gold sentences and stories and score the events: precision, recall and F1 by dyad and root and in full, per root, per phenomenon, dates.")
            .WithExample("eval", "events", "--gold", "gold/events/dev")
            .WithExample("eval", "events", "--gold", "gold/events/dev/sentences-roots-01-05.jsonl", "--errors")
            .WithExample("eval", "events", "--gold", "gold/events/dev", "--json");
    });
    config.AddBranch("knowledge", knowledge =>
    {
        knowledge.SetDescription("Inspect and validate the knowledge files (countries, actors, people, places, codebook, verb patterns).");
        knowledge.AddCommand<KnowledgeCheckCommand>("check")
            .WithDescription("Validate every knowledge file and print what they hold.")
            .WithExample("knowledge", "check")
            .WithExample("knowledge", "check", "--knowledge", "my-knowledge/");
        knowledge.AddCommand<KnowledgeLookupCommand>("lookup")
            .WithDescription("Show what Dyad knows about a phrase: countries, sectors, people, organisations, places.")
            .WithExample("knowledge", "lookup", "\"Peruvian President\"")
            .WithExample("knowledge", "lookup", "Panetta", "--date", "2012-10-06")
            .WithExample("knowledge", "lookup", "Lima");
        knowledge.AddCommand<ImportGeoNamesCommand>("import-geonames")
            .WithDescription("Rebuild the gazetteer (knowledge/places/cities.tsv) from a GeoNames dump.")
            .WithExample("knowledge", "import-geonames", "--geonames", "../shared/geonames", "--out", "knowledge/places/cities.tsv");
    });
});

return app.Run(args.Select(a => a == "-" ? Terminal.StdinArgument : a));
