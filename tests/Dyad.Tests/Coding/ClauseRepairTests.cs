using Dyad.Coding;
using Dyad.Domain;
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
    public void A_clause_read_as_one_long_noun_phrase_gets_its_verb_back()
    {
        // "Riot police fired tear gas at students." as the parser sometimes reads it: every word hung on "gas".
        Span<Token> tokens =
        [
            new(0, 4, "Riot", "riot", "PROPN", "NNP", 1, "compound"),
            new(5, 11, "police", "police", "NOUN", "NN", 4, "compound"),
            new(12, 17, "fired", "fire", "VERB", "VBN", 4, "amod"),
            new(18, 22, "tear", "tear", "NOUN", "NN", 4, "compound"),
            new(23, 26, "gas", "gas", "NOUN", "NN", -1, "root"),
            new(27, 29, "at", "at", "ADP", "IN", 6, "case"),
            new(30, 38, "students", "student", "NOUN", "NNS", 4, "nmod"),
            new(38, 39, ".", ".", "PUNCT", ".", 4, "punct"),
        ];

        ClauseRepair.Repair(tokens);

        Assert.Equal((-1, "root"), (tokens[2].Head, tokens[2].Relation));
        Assert.Equal((2, "nsubj"), (tokens[1].Head, tokens[1].Relation));
        Assert.Equal((2, "obj"), (tokens[4].Head, tokens[4].Relation));
        Assert.Equal(1, tokens[0].Head);
    }

    [Fact]
    public void A_noun_phrase_with_a_participle_and_a_determiner_is_left_alone()
    {
        // "The UN brokered truce collapsed.": a real noun phrase, whatever the participle.
        Span<Token> tokens =
        [
            new(0, 3, "The", "the", "DET", "DT", 3, "det"),
            new(4, 6, "UN", "UN", "PROPN", "NNP", 3, "compound"),
            new(7, 15, "brokered", "broker", "VERB", "VBN", 3, "amod"),
            new(16, 21, "truce", "truce", "NOUN", "NN", 4, "nsubj"),
            new(22, 31, "collapsed", "collapse", "VERB", "VBD", -1, "root"),
            new(31, 32, ".", ".", "PUNCT", ".", 4, "punct"),
        ];
        var before = tokens.ToArray();

        ClauseRepair.Repair(tokens);

        Assert.Equal(before, tokens.ToArray());
    }

    [Fact]
    public void A_that_clause_hung_on_the_date_is_the_content_of_the_verb_before_it()
    {
        // "Unions demanded on Friday that ministers resign." with the clause read as a modifier of "Friday".
        Span<Token> tokens =
        [
            new(0, 6, "Unions", "union", "NOUN", "NNS", 1, "nsubj"),
            new(7, 15, "demanded", "demand", "VERB", "VBD", -1, "root"),
            new(16, 18, "on", "on", "ADP", "IN", 3, "case"),
            new(19, 25, "Friday", "Friday", "PROPN", "NNP", 1, "obl"),
            new(26, 30, "that", "that", "SCONJ", "IN", 6, "mark"),
            new(31, 40, "ministers", "minister", "NOUN", "NNS", 6, "nsubj"),
            new(41, 47, "resign", "resign", "VERB", "VB", 3, "acl"),
            new(47, 48, ".", ".", "PUNCT", ".", 1, "punct"),
        ];

        ClauseRepair.Repair(tokens);

        Assert.Equal((1, "ccomp"), (tokens[6].Head, tokens[6].Relation));
    }

    [Fact]
    public void A_main_verb_swallowed_by_a_participle_heads_the_sentence_again()
    {
        // "Journalists covering a protest were beaten by police." with "were beaten" read inside "covering …".
        Span<Token> tokens =
        [
            new(0, 11, "Journalists", "journalist", "NOUN", "NNS", -1, "root"),
            new(12, 20, "covering", "cover", "VERB", "VBG", 0, "acl"),
            new(21, 22, "a", "a", "DET", "DT", 3, "det"),
            new(23, 30, "protest", "protest", "NOUN", "NN", 5, "nsubj:pass"),
            new(31, 35, "were", "be", "AUX", "VBD", 5, "aux:pass"),
            new(36, 42, "beaten", "beat", "VERB", "VBN", 1, "ccomp"),
            new(43, 45, "by", "by", "ADP", "IN", 7, "case"),
            new(46, 52, "police", "police", "NOUN", "NNS", 5, "obl:agent"),
            new(52, 53, ".", ".", "PUNCT", ".", 0, "punct"),
        ];

        ClauseRepair.Repair(tokens);

        Assert.Equal((-1, "root"), (tokens[5].Head, tokens[5].Relation));
        Assert.Equal((5, "nsubj:pass"), (tokens[0].Head, tokens[0].Relation));
        Assert.Equal((1, "obj"), (tokens[3].Head, tokens[3].Relation));
    }

    [Fact]
    public void A_by_phrase_hung_on_a_place_is_the_agent_of_the_passive()
    {
        // "Envoys were welcomed at the airport by Tebboune." with "by Tebboune" read as a modifier of "airport".
        Span<Token> tokens =
        [
            new(0, 6, "Envoys", "envoy", "NOUN", "NNS", 2, "nsubj:pass"),
            new(7, 11, "were", "be", "AUX", "VBD", 2, "aux:pass"),
            new(12, 20, "welcomed", "welcome", "VERB", "VBN", -1, "root"),
            new(21, 23, "at", "at", "ADP", "IN", 5, "case"),
            new(24, 27, "the", "the", "DET", "DT", 5, "det"),
            new(28, 35, "airport", "airport", "NOUN", "NN", 2, "obl"),
            new(36, 38, "by", "by", "ADP", "IN", 7, "case"),
            new(39, 47, "Tebboune", "Tebboune", "PROPN", "NNP", 5, "nmod"),
            new(47, 48, ".", ".", "PUNCT", ".", 2, "punct"),
        ];

        ClauseRepair.Repair(tokens);

        Assert.Equal((2, "obl:agent"), (tokens[7].Head, tokens[7].Relation));
    }

    [Fact]
    public void A_hedge_on_the_subject_is_not_the_main_verb()
    {
        // "Gunmen suspected to be rebels abducted girls." with "suspected" as the main verb and "abducted" its complement.
        Span<Token> tokens =
        [
            new(0, 6, "Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"),
            new(7, 16, "suspected", "suspect", "VERB", "VBD", -1, "root"),
            new(17, 19, "to", "to", "PART", "TO", 4, "mark"),
            new(20, 22, "be", "be", "AUX", "VB", 4, "cop"),
            new(23, 29, "rebels", "rebel", "NOUN", "NNS", 1, "xcomp"),
            new(30, 38, "abducted", "abduct", "VERB", "VBD", 1, "xcomp"),
            new(39, 44, "girls", "girl", "NOUN", "NNS", 5, "obj"),
            new(44, 45, ".", ".", "PUNCT", ".", 1, "punct"),
        ];

        ClauseRepair.Repair(tokens);

        Assert.Equal((-1, "root"), (tokens[5].Head, tokens[5].Relation));
        Assert.Equal((5, "nsubj"), (tokens[0].Head, tokens[0].Relation));
        Assert.Equal((0, "acl"), (tokens[1].Head, tokens[1].Relation));
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
