using Dyad.Coding;
using Dyad.Tests.Text;
using Dyad.Text;

namespace Dyad.Tests.Coding;

/// <summary>Tags mended with what the dictionaries know, before the parse.</summary>
public class DictionaryTagRepairTests
{
    [Theory]
    [InlineData("Gunmen stormed a police station in the north on Monday.", "Gunmen", "NNS")]
    [InlineData("Militiamen seized two villages overnight.", "Militiamen", "NNS")]
    public void An_opening_role_word_is_a_common_noun(string text, string word, string xpos)
    {
        var document = Tagged(text);

        var token = document.SentenceTokens(0)[BuiltInModels.Find(document, word)];
        Assert.Equal(("NOUN", xpos), (token.Upos, token.Xpos));
    }

    [Fact]
    public void A_title_before_a_name_stays_part_of_the_name()
    {
        var document = Tagged("President Ruto met the envoys on Monday.");

        Assert.Equal("PROPN", document.SentenceTokens(0)[0].Upos);
    }

    [Fact]
    public void A_known_armed_group_is_a_name_even_when_its_first_word_looks_like_a_verb()
    {
        var document = Tagged("Shining Path rebels ambushed an army patrol near Ayacucho on Friday.");

        var tokens = document.SentenceTokens(0);
        Assert.Equal(("PROPN", "PROPN"), (tokens[0].Upos, tokens[1].Upos));
        Assert.Equal("VERB", tokens[BuiltInModels.Find(document, "ambushed")].Upos);
    }

    [Fact]
    public void The_bare_verb_of_a_demand_is_a_verb_not_the_end_of_a_compound()
    {
        var document = Tagged("The opposition demanded on Friday that the interior minister resign.");

        var resign = document.SentenceTokens(0)[BuiltInModels.Find(document, "resign")];
        Assert.Equal(("VERB", "VB"), (resign.Upos, resign.Xpos));
    }

    private static Document Tagged(string text)
    {
        var models = BuiltInModels.Get;
        var document = new Document(text);
        models.Tokenizer.Process(document);
        models.Tagger.Process(document);
        new DictionaryTagRepair(BuiltInCoder.Kb, models.Tagger).Process(document);
        return document;
    }
}
