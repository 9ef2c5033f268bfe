using System.Text.Json;

namespace Dyad.Tests.Cli;

public sealed class LanguageCommandsTests
{
    private static string Tiny => Path.Combine(Samples.Folder, "treebank", "tiny.conllu");

    [Fact]
    public void Training_on_a_treebank_writes_models_that_eval_then_scores()
    {
        using var dir = new TempFolder();

        var tagger = DyadCli.Run("train", "tagger", "--train", Tiny, "--out", dir.Path, "--epochs", "5");
        var parser = DyadCli.Run("train", "parser", "--train", Tiny, "--out", dir.Path, "--epochs", "5");
        var eval = DyadCli.Run("eval", "parser", "--conllu", Tiny, "--models", dir.Path, "--json");

        Assert.Equal(0, tagger.ExitCode);
        Assert.Equal(0, parser.ExitCode);
        Assert.True(File.Exists(Path.Combine(dir.Path, "tagger.bin.gz")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "lemmatizer.bin.gz")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "parser.bin.gz")));
        Assert.Equal(0, eval.ExitCode);
        using var scores = JsonDocument.Parse(eval.Stdout);
        var root = scores.RootElement;
        Assert.Equal(6, root.GetProperty("sentences").GetInt32());
        Assert.Equal(35, root.GetProperty("words").GetInt32());
        // Scored on the sentences it learned from, a working trainer gets nearly all of them right.
        Assert.True(root.GetProperty("upos").GetDouble() >= 90, eval.Stdout);
        Assert.True(root.GetProperty("lemma").GetDouble() >= 90, eval.Stdout);
        Assert.True(root.GetProperty("uas").GetDouble() >= 80, eval.Stdout);
    }

    [Fact]
    public void Eval_of_the_built_in_models_reports_every_measure_and_raw_text_scores()
    {
        var eval = DyadCli.Run("eval", "parser", "--conllu", Tiny, "--raw", "--json");

        Assert.Equal(0, eval.ExitCode);
        using var scores = JsonDocument.Parse(eval.Stdout);
        var root = scores.RootElement;
        foreach (var measure in new[] { "upos", "xpos", "lemma", "uas", "las", "las_with_subtypes", "words_per_second" })
        {
            Assert.True(root.TryGetProperty(measure, out _), measure);
        }

        var raw = root.GetProperty("raw_text");
        Assert.Equal(100, raw.GetProperty("tokens_f1").GetDouble());
        Assert.True(raw.GetProperty("sentences_f1").GetDouble() >= 80, eval.Stdout);
    }

    [Fact]
    public void A_missing_or_broken_treebank_is_named_without_a_stack_trace()
    {
        using var dir = new TempFolder();
        var broken = dir.Write("broken.conllu", "1\tTalks\ttalk\n");
        var missing = Path.Combine(dir.Path, "missing.conllu");

        var noFile = DyadCli.Run("eval", "parser", "--conllu", missing);
        var badFile = DyadCli.Run("train", "tagger", "--train", broken, "--out", dir.Path);

        Assert.Equal(2, noFile.ExitCode);
        Assert.Contains($"{missing}: no such file", noFile.Stderr);
        Assert.Equal(2, badFile.ExitCode);
        Assert.Contains($"{broken}:1: expected 10 tab-separated columns", badFile.Stderr);
        Assert.DoesNotContain("   at ", noFile.Stderr + badFile.Stderr);
    }

    [Fact]
    public void A_models_folder_without_models_is_a_clear_error()
    {
        using var dir = new TempFolder();

        var result = DyadCli.Run("eval", "tagger", "--conllu", Tiny, "--models", dir.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("tagger.bin.gz: model file not found", result.Stderr);
    }

    [Fact]
    public void Parse_prints_each_article_as_conllu_with_offsets_into_the_text()
    {
        var result = DyadCli.Run("parse", Samples.Article("south-america/chile-bolivia-water.txt"));

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("# newdoc id = ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("# text = ", StringComparison.Ordinal));
        var words = lines.Where(l => l.Length > 0 && char.IsDigit(l[0])).Select(l => l.Split('\t')).ToList();
        Assert.True(words.Count > 50);
        Assert.All(words, w => Assert.Equal(10, w.Length));
        Assert.All(words, w => Assert.Matches(@"TokenRange=\d+:\d+$", w[9]));
        Assert.Contains(words, w => w[7] == "root" && w[6] == "0");
        Assert.Contains(words, w => w[7] == "nsubj");
    }
}
