using Dyad.Text;

namespace Dyad.Tests.Text;

public sealed class ConlluReaderTests
{
    private static string Tiny => Path.Combine(Samples.Folder, "treebank", "tiny.conllu");

    [Fact]
    public void Sentences_come_with_text_words_and_zero_based_heads()
    {
        var sentences = ConlluReader.Read(Tiny).ToList();

        Assert.Equal(6, sentences.Count);
        var first = sentences[0];
        Assert.Equal("tiny-1", first.Id);
        Assert.Equal("Rebels attacked the town.", first.Text);
        Assert.Equal(["Rebels", "attacked", "the", "town", "."], first.Forms);
        Assert.Equal([1, -1, 3, 1, 1], first.Heads);
        Assert.Equal("obj", first.Relations[3]);
        Assert.False(first.SpaceAfter[3]);
    }

    [Fact]
    public void A_contraction_is_read_as_its_syntactic_words_with_the_surface_kept()
    {
        var army = ConlluReader.Read(Tiny).Single(s => s.Id == "tiny-4");

        Assert.Equal(["The", "army", "did", "n't", "fire", "."], army.Forms);
        Assert.Equal("not", army.Lemmas[3]);
        var contraction = Assert.Single(army.Multiwords);
        Assert.Equal(new MultiwordToken(2, 3, "didn't", true), contraction);
        Assert.False(army.SpaceAfter[2]);
        Assert.True(army.SpaceAfter[3]);
    }

    [Fact]
    public void A_line_with_missing_columns_is_an_error_naming_file_and_line()
    {
        using var dir = new TempFolder();
        var path = dir.Write("broken.conllu", "# text = Talks resumed.\n1\tTalks\ttalk\tNOUN\n");

        var error = Assert.Throws<InvalidDataException>(() => ConlluReader.Read(path).ToList());

        Assert.Equal($"{path}:2: expected 10 tab-separated columns, found 4.", error.Message);
    }

    [Fact]
    public void A_head_outside_the_sentence_is_an_error()
    {
        using var dir = new TempFolder();
        var path = dir.Write("broken.conllu", "1\tTalks\ttalk\tNOUN\tNNS\t_\t7\tnsubj\t_\t_\n\n");

        var error = Assert.Throws<InvalidDataException>(() => ConlluReader.Read(path).ToList());

        Assert.Contains("head outside the sentence", error.Message);
    }
}
