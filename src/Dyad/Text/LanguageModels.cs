namespace Dyad.Text;

/// <summary>
/// Dyad's English reading pipeline: tokenizer and sentence splitter, tagger, lemmatizer and parser, loaded from
/// a models folder (by default the built-in <c>models/</c>). <see cref="Process"/> runs them in order over a document.
/// </summary>
public sealed class LanguageModels
{
    /// <summary>File name of the tagger in a models folder.</summary>
    public const string TaggerFile = "tagger.bin.gz";

    /// <summary>File name of the lemmatizer in a models folder.</summary>
    public const string LemmatizerFile = "lemmatizer.bin.gz";

    /// <summary>File name of the word clusters the tagger and parser were trained with (each model keeps its own copy).</summary>
    public const string ClustersFile = "clusters.bin.gz";

    /// <summary>File name of the parser in a models folder.</summary>
    public const string ParserFile = "parser.bin.gz";

    private LanguageModels(Tokenizer tokenizer, Tagger tagger, Lemmatizer lemmatizer, DependencyParser parser)
    {
        Tokenizer = tokenizer;
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
    }

    /// <summary>The models shipped with Dyad, copied beside the program.</summary>
    public static string BuiltInRoot => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>The tokenizer and sentence splitter (rules, no model file).</summary>
    public Tokenizer Tokenizer { get; }

    /// <summary>The part-of-speech tagger.</summary>
    public Tagger Tagger { get; }

    /// <summary>The lemmatizer.</summary>
    public Lemmatizer Lemmatizer { get; }

    /// <summary>The dependency parser.</summary>
    public DependencyParser Parser { get; }

    /// <summary>Loads the three model files of <paramref name="folder"/>; <paramref name="parser"/> replaces the folder's parser when given.</summary>
    public static LanguageModels Load(string folder, DependencyParser? parser = null)
    {
        var tagger = ModelFile.Load(Path.Combine(folder, TaggerFile), Tagger.Load);
        var lemmatizer = ModelFile.Load(Path.Combine(folder, LemmatizerFile), Lemmatizer.Load);
        parser ??= ModelFile.Load(Path.Combine(folder, ParserFile), DependencyParser.Load);
        return new LanguageModels(new Tokenizer(), tagger, lemmatizer, parser);
    }

    /// <summary>
    /// Tokenizes, splits, tags, lemmatizes and parses <paramref name="document"/>; <paramref name="retag"/>, when given,
    /// may mend tags after tagging, before the lemmas and the parse are made from them.
    /// </summary>
    public void Process(Document document, Action<Document>? retag = null)
    {
        Tokenizer.Process(document);
        Tagger.Process(document);
        retag?.Invoke(document);
        Lemmatizer.Process(document);
        Parser.Process(document);
    }
}
