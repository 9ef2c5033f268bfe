using static Dyad.Tests.Text.BuiltInModels;

namespace Dyad.Tests.Text;

public sealed class TaggerTests
{
    private static (string Upos, string Xpos, string Lemma) Analysis(Dyad.Text.Document doc, string word)
    {
        var t = doc.SentenceTokens(0)[Find(doc, word)];
        return (t.Upos!, t.Xpos!, t.Lemma!);
    }

    [Fact]
    public void News_sentence_gets_universal_and_penn_tags_and_lemmas()
    {
        var doc = Read("Bolivian President Luis Arce vowed on Friday to crush the smugglers.");

        Assert.Equal("JJ", Analysis(doc, "Bolivian").Xpos);
        Assert.Equal(("PROPN", "NNP", "Arce"), Analysis(doc, "Arce"));
        Assert.Equal(("VERB", "VBD", "vow"), Analysis(doc, "vowed"));
        Assert.Equal(("PROPN", "NNP", "Friday"), Analysis(doc, "Friday"));
        Assert.Equal(("VERB", "VB", "crush"), Analysis(doc, "crush"));
        Assert.Equal(("NOUN", "NNS", "smuggler"), Analysis(doc, "smugglers"));
    }

    [Fact]
    public void Unknown_names_and_words_are_tagged_from_their_shape_and_context()
    {
        var doc = Read("Commander Tzolvari said the Kharnesh militia had regrouped near Ushvil.");

        Assert.Equal("PROPN", Analysis(doc, "Tzolvari").Upos);
        Assert.Equal("PROPN", Analysis(doc, "Ushvil").Upos);
        Assert.Equal(("VERB", "VBN", "regroup"), Analysis(doc, "regrouped"));
    }

    [Fact]
    public void The_same_word_is_tagged_by_its_use()
    {
        var noun = Read("The attack on the convoy killed four soldiers.");
        var verb = Read("The militias will attack the town.");

        Assert.Equal("NOUN", Analysis(noun, "attack").Upos);
        Assert.Equal("VERB", Analysis(verb, "attack").Upos);
    }

    [Fact]
    public void Negation_and_auxiliaries_in_a_contraction_are_tagged_apart()
    {
        var doc = Read("The government didn't sign the accord.");

        Assert.Equal(("AUX", "VBD", "do"), Analysis(doc, "did"));
        Assert.Equal(("PART", "RB", "not"), Analysis(doc, "n't"));
        Assert.Equal("advmod(sign, n't)", Arc(doc, "n't"));
    }
}
