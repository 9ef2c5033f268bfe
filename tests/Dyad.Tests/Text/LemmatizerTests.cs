using Dyad.Domain;
using Dyad.Text;

namespace Dyad.Tests.Text;

public class LemmatizerTests
{
    // A tiny invented treebank: each word is form|lemma|UPOS|XPOS.
    private static readonly Lemmatizer Trained = Lemmatizer.Train(
    [
        Sentence("Rebels|rebel|NOUN|NNS", "went|go|VERB|VBD", "into|into|ADP|IN", "the|the|DET|DT", "cities|city|NOUN|NNS", "on|on|ADP|IN", "Monday|Monday|PROPN|NNP"),
        Sentence("The|the|DET|DT", "minister|minister|NOUN|NN", "walked|walk|VERB|VBD", "out|out|ADP|RP", "and|and|CCONJ|CC", "opened|open|VERB|VBD", "talks|talk|NOUN|NNS"),
        Sentence("Police|police|NOUN|NNS", "pushed|push|VERB|VBD", "back|back|ADV|RB", "armies|army|NOUN|NNS", "of|of|ADP|IN", "protesters|protester|NOUN|NNS"),
        Sentence("Kenyans|Kenyan|PROPN|NNPS", "and|and|CCONJ|CC", "Germans|German|PROPN|NNPS", "traded|trade|VERB|VBD", "accusations|accusation|NOUN|NNS"),
        Sentence("The|the|DET|DT", "parties|party|NOUN|NNS", "did|do|AUX|VBD", "n't|not|PART|RB", "decide|decide|VERB|VB", "yet|yet|ADV|RB"),
        Sentence("It|it|PRON|PRP", "'s|be|AUX|VBZ", "the|the|DET|DT", "envoy|envoy|NOUN|NN", "'s|'s|PART|POS", "saw|saw|NOUN|NN"),
        Sentence("Aids|aid|NOUN|NNS", "reached|reach|VERB|VBD", "the|the|DET|DT", "camps|camp|NOUN|NNS", "as|as|SCONJ|IN", "aids|aid|NOUN|NNS", "ran|run|VERB|VBD", "out|out|ADP|RP"),
        Sentence("AIDS|AIDS|NOUN|NNS", "spread|spread|VERB|VBD"),
        Sentence("Troops|troop|NOUN|NNS", "saw|see|VERB|VBD", "12,000|12000|NUM|CD", "refugees|refugee|NOUN|NNS", "near|near|ADP|IN", "Lake|Lake|PROPN|NNP", "Tana|Tana|PROPN|NNP"),
    ]);

    [Fact]
    public void An_irregular_verb_seen_in_training_gets_its_lemma()
    {
        Assert.Equal("go", Trained.Lemmatize("went", "VERB", "VBD"));
    }

    [Fact]
    public void A_sentence_initial_capital_does_not_hide_a_known_word()
    {
        Assert.Equal("go", Trained.Lemmatize("Went", "VERB", "VBD"));
    }

    [Fact]
    public void A_made_up_past_tense_loses_its_ending()
    {
        Assert.Equal("blorf", Trained.Lemmatize("blorfed", "VERB", "VBD"));
    }

    [Fact]
    public void A_made_up_plural_in_ies_ends_in_y()
    {
        Assert.Equal("glimmy", Trained.Lemmatize("glimmies", "NOUN", "NNS"));
    }

    [Fact]
    public void An_unseen_form_prefers_a_stem_the_treebank_knows()
    {
        // "traded" teaches strip-one-letter on "-ded"; only "decide" makes that the better choice over "decid".
        Assert.Equal("decide", Trained.Lemmatize("decided", "VERB", "VBD"));
    }

    [Fact]
    public void A_capitalised_unseen_verb_is_lower_cased()
    {
        Assert.Equal("blorf", Trained.Lemmatize("Blorfed", "VERB", "VBD"));
    }

    [Fact]
    public void Negation_nt_becomes_not_with_either_apostrophe()
    {
        Assert.Equal("not", Trained.Lemmatize("n't", "PART", "RB"));
        Assert.Equal("not", Trained.Lemmatize("n\u2019t", "PART", "RB"));
    }

    [Fact]
    public void Apostrophe_s_follows_its_tag()
    {
        Assert.Equal("be", Trained.Lemmatize("'s", "AUX", "VBZ"));
        Assert.Equal("'s", Trained.Lemmatize("\u2019s", "PART", "POS"));
    }

    [Fact]
    public void The_same_spelling_under_another_tag_has_its_own_lemma()
    {
        Assert.Equal("see", Trained.Lemmatize("saw", "VERB", "VBD"));
        Assert.Equal("saw", Trained.Lemmatize("saw", "NOUN", "NN"));
    }

    [Fact]
    public void A_spelling_with_its_own_lemma_in_training_keeps_it()
    {
        Assert.Equal("AIDS", Trained.Lemmatize("AIDS", "NOUN", "NNS"));
        Assert.Equal("aid", Trained.Lemmatize("Aids", "NOUN", "NNS"));
    }

    [Fact]
    public void Proper_nouns_keep_their_case()
    {
        Assert.Equal("Zorvania", Trained.Lemmatize("Zorvania", "PROPN", "NNP"));
        Assert.Equal("Zorvanian", Trained.Lemmatize("Zorvanians", "PROPN", "NNPS"));
    }

    [Fact]
    public void A_word_under_an_unknown_tag_is_lower_cased_unless_a_proper_noun()
    {
        Assert.Equal("quorx", Trained.Lemmatize("Quorx", "X", "ZZ"));
        Assert.Equal("Quorx", Trained.Lemmatize("Quorx", "PROPN", "ZZ"));
    }

    [Fact]
    public void Grouped_numbers_lose_their_commas()
    {
        Assert.Equal("48250.5", Trained.Lemmatize("48,250.5", "NUM", "CD"));
    }

    [Fact]
    public void Process_sets_every_lemma_and_lower_cases_untagged_tokens()
    {
        var document = new Document("Rebels blorfed Talks");
        document.AddToken(new Token(0, 6, "Rebels", Upos: "NOUN", Xpos: "NNS"));
        document.AddToken(new Token(7, 14, "blorfed", Upos: "VERB", Xpos: "VBD"));
        document.AddToken(new Token(15, 20, "Talks"));
        document.AddSentence(0, 3);

        Trained.Process(document);

        Assert.Equal(["rebel", "blorf", "talks"], document.Tokens.ToArray().Select(t => t.Lemma));
    }

    [Fact]
    public void A_saved_and_loaded_lemmatizer_gives_the_same_lemmas()
    {
        using var stream = new MemoryStream();
        Trained.Save(stream);
        stream.Position = 0;

        var loaded = Lemmatizer.Load(stream);

        Assert.Equal("go", loaded.Lemmatize("went", "VERB", "VBD"));
        Assert.Equal("glimmy", loaded.Lemmatize("glimmies", "NOUN", "NNS"));
        Assert.Equal("decide", loaded.Lemmatize("decided", "VERB", "VBD"));
        Assert.Equal("Kenyan", loaded.Lemmatize("Kenyans", "PROPN", "NNPS"));
        Assert.Equal("saw", loaded.Lemmatize("saw", "NOUN", "NN"));
    }

    [Fact]
    public void A_stream_that_is_not_a_model_is_rejected_clearly()
    {
        using var stream = new MemoryStream("not a lemmatizer model at all"u8.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => Lemmatizer.Load(stream));

        Assert.Contains("lemmatizer", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_truncated_model_is_rejected_clearly()
    {
        using var whole = new MemoryStream();
        Trained.Save(whole);
        using var cut = new MemoryStream(whole.ToArray()[..(int)(whole.Length / 2)]);

        var error = Assert.Throws<InvalidDataException>(() => Lemmatizer.Load(cut));

        Assert.Contains("corrupt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_with_damaged_tables_is_rejected_clearly()
    {
        using var whole = new MemoryStream();
        Trained.Save(whole);
        var bytes = whole.ToArray();
        bytes.AsSpan(bytes.Length / 2, 16).Fill(0xFF);

        Assert.Throws<InvalidDataException>(() => Lemmatizer.Load(new MemoryStream(bytes)));
    }

    private static ConlluSentence Sentence(params string[] words)
    {
        var parts = words.Select(w => w.Split('|')).ToArray();
        var n = parts.Length;
        return new ConlluSentence(
            "invented", null, [.. parts.Select(p => p[0])], [.. parts.Select(p => p[1])], [.. parts.Select(p => p[2])], [.. parts.Select(p => p[3])],
            new int[n], [.. Enumerable.Repeat("dep", n)], [.. Enumerable.Repeat(true, n)], []);
    }
}
