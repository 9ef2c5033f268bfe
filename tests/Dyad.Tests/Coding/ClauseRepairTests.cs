using Dyad.Coding;
using Dyad.Tests.Text;

namespace Dyad.Tests.Coding;

/// <summary>The repairs made to the parse before coding, on sentences the parser is known to misread.</summary>
public class ClauseRepairTests
{
    [Theory]
    [InlineData("Farmers blocked highways across the province on Friday.", "Farmers", "blocked")]
    [InlineData("Turkish warplanes bombed suspected militant positions in the mountains on Tuesday.", "warplanes", "bombed")]
    public void A_main_verb_read_as_a_modifier_gets_its_subject_back(string sentence, string subject, string verb)
    {
        var document = BuiltInModels.Read(sentence);
        ClauseRepair.Process(document);

        var tokens = document.SentenceTokens(0);
        var s = BuiltInModels.Find(document, subject);
        var v = BuiltInModels.Find(document, verb);
        Assert.Equal(v, tokens[s].Head);
        Assert.Equal("nsubj", tokens[s].Relation);
    }

    [Fact]
    public void Repairs_never_leave_a_cycle()
    {
        var document = BuiltInModels.Read("Police fired tear gas at students who blocked roads, and protesters hurled stones at troops, witnesses said.");
        ClauseRepair.Process(document);

        var tokens = document.SentenceTokens(0);
        for (var i = 0; i < tokens.Length; i++)
        {
            var steps = 0;
            for (var node = i; node >= 0; node = tokens[node].Head)
            {
                Assert.True(++steps <= tokens.Length, $"cycle through token {i}");
            }
        }
    }

    [Fact]
    public void A_verb_parsed_as_the_conjunct_of_its_first_subject_heads_the_sentence_again()
    {
        var document = BuiltInModels.Read("The United States and its allies imposed sanctions on Iran on Monday.");
        ClauseRepair.Process(document);

        var tokens = document.SentenceTokens(0);
        var verb = BuiltInModels.Find(document, "imposed");
        Assert.True(tokens[verb].Head == -1, string.Join(" ", tokens.ToArray().Select((t, i) => $"{i}:{t.Text}/{t.Upos}/{t.Xpos}/{t.Relation}>{t.Head}")));
        Assert.Equal(verb, tokens[BuiltInModels.Find(document, "States")].Head);
    }
}
