using System.IO.Compression;
using Dyad.Text;

namespace Dyad.Tests.Text;

public sealed class ModelFileTests
{
    private static List<ConlluSentence> Tiny => [.. ConlluReader.Read(Path.Combine(Samples.Folder, "treebank", "tiny.conllu"))];

    [Fact]
    public void A_saved_tagger_and_parser_load_back_and_analyse_the_same_way()
    {
        using var dir = new TempFolder();
        var tagger = TaggerTrainer.Train(Tiny, epochs: 5);
        var parser = ParserTrainer.Train(Tiny, epochs: 5);
        ModelFile.Save(Path.Combine(dir.Path, "t.bin.gz"), tagger.Save);
        ModelFile.Save(Path.Combine(dir.Path, "p.bin.gz"), parser.Save);

        var tagger2 = ModelFile.Load(Path.Combine(dir.Path, "t.bin.gz"), Tagger.Load);
        var parser2 = ModelFile.Load(Path.Combine(dir.Path, "p.bin.gz"), DependencyParser.Load);

        Assert.Equal(Analyse(tagger, parser), Analyse(tagger2, parser2));
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_naming_it()
    {
        using var dir = new TempFolder();
        var plain = dir.Write("tagger.bin.gz", "this is not gzip");
        var foreign = Path.Combine(dir.Path, "parser.bin.gz");
        using (var gzip = new GZipStream(File.Create(foreign), CompressionLevel.Fastest))
        {
            gzip.Write("a gzip file with something else inside"u8);
        }

        var notGzip = Assert.Throws<InvalidDataException>(() => ModelFile.Load(plain, Tagger.Load));
        var notParser = Assert.Throws<InvalidDataException>(() => ModelFile.Load(foreign, DependencyParser.Load));

        Assert.StartsWith(plain + ": ", notGzip.Message);
        Assert.StartsWith(foreign + ": ", notParser.Message);
    }

    [Fact]
    public void A_truncated_parser_is_refused_naming_it()
    {
        using var dir = new TempFolder();
        var whole = new MemoryStream();
        ParserTrainer.Train(Tiny, epochs: 2).Save(whole);
        var path = Path.Combine(dir.Path, "parser.bin.gz");
        ModelFile.Save(path, s => s.Write(whole.ToArray().AsSpan(0, (int)whole.Length / 2)));

        var error = Assert.Throws<InvalidDataException>(() => ModelFile.Load(path, DependencyParser.Load));

        Assert.StartsWith(path + ": ", error.Message);
        Assert.EndsWith("is truncated", error.Message);
    }

    private static string Analyse(Tagger tagger, DependencyParser parser)
    {
        var document = new Document("Police met envoys in Geneva.");
        new Tokenizer().Process(document);
        tagger.Process(document);
        parser.Process(document);
        var parts = new List<string>();
        foreach (var t in document.Tokens)
        {
            parts.Add($"{t.Text}/{t.Upos}/{t.Xpos}/{t.Head}/{t.Relation}");
        }

        return string.Join(' ', parts);
    }
}
