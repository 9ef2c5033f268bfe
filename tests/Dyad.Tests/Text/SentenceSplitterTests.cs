using Dyad.Text;

namespace Dyad.Tests.Text;

public class SentenceSplitterTests
{
    private static List<string> Sentences(string text)
    {
        var document = new Document(text);
        new Tokenizer().Process(document);
        var sentences = new List<string>();
        foreach (var sentence in document.Sentences)
        {
            sentences.Add(text[sentence.Start..sentence.End]);
        }

        return sentences;
    }

    [Fact]
    public void Final_punctuation_before_a_capital_ends_a_sentence()
    {
        Assert.Equal(["Troops entered the town.", "Rebels fled north!", "Was anyone hurt?", "Nobody knows."],
            Sentences("Troops entered the town. Rebels fled north! Was anyone hurt? Nobody knows."));
    }

    [Fact]
    public void Titles_and_initials_do_not_end_a_sentence()
    {
        Assert.Single(Sentences("Gen. Omar K. Said met Dr. Lena Holt in Geneva."));
    }

    [Fact]
    public void A_sentence_may_end_after_an_abbreviation()
    {
        var sentences = Sentences("The envoy arrived in the U.S. The talks begin on Monday.");
        Assert.Equal(["The envoy arrived in the U.S.", "The talks begin on Monday."], sentences);
    }

    [Fact]
    public void A_closing_quote_stays_with_the_sentence_it_closes()
    {
        Assert.Equal(["He said: \"We will go.\"", "Then he left."], Sentences("He said: \"We will go.\" Then he left."));
        Assert.Equal(["“Nobody was hurt.”", "Police confirmed it."], Sentences("“Nobody was hurt.” Police confirmed it."));
    }

    [Fact]
    public void A_quotation_may_span_sentences()
    {
        Assert.Equal(["“We came in peace.", "We leave in peace,” she said."],
            Sentences("“We came in peace. We leave in peace,” she said."));
    }

    [Fact]
    public void A_question_in_quotes_followed_by_its_speaker_is_one_sentence()
    {
        Assert.Single(Sentences("\"Why now?\" he asked."));
    }

    [Fact]
    public void A_wire_dateline_is_its_own_sentence()
    {
        Assert.Equal(["LIMA, Peru (Reuters) --", "Police detained 12 miners on Friday."],
            Sentences("LIMA, Peru (Reuters) -- Police detained 12 miners on Friday."));
        Assert.Equal(["WASHINGTON, Oct 5 (AP) —", "The Senate voted."], Sentences("WASHINGTON, Oct 5 (AP) — The Senate voted."));
    }

    [Fact]
    public void A_blank_line_always_ends_a_sentence()
    {
        Assert.Equal(["Talks stalled", "negotiators went home"], Sentences("Talks stalled\n\nnegotiators went home"));
    }

    [Fact]
    public void An_unpunctuated_headline_line_is_its_own_sentence()
    {
        var text = "Floods hit coastal towns\nHeavy rain forced thousands of families from their homes along the coast on Sunday, officials said.";
        Assert.Equal(["Floods hit coastal towns", text[25..]], Sentences(text));
    }

    [Fact]
    public void Hard_wrapped_lines_do_not_end_sentences()
    {
        var text = "The finance ministry said on Tuesday that the budget deficit had narrowed\nSharply in the third quarter as revenue from oil exports rose again.";
        Assert.Single(Sentences(text));
    }

    [Fact]
    public void Lower_case_text_still_splits()
    {
        Assert.Equal(["the army said.", "rebels fled."], Sentences("the army said. rebels fled."));
    }

    [Fact]
    public void All_caps_text_splits_but_not_after_us()
    {
        Assert.Equal(["U.S. TROOPS ENTER TOWN.", "REBELS FLEE."], Sentences("U.S. TROOPS ENTER TOWN. REBELS FLEE."));
    }

    [Fact]
    public void A_lower_case_word_after_a_title_does_not_start_a_sentence()
    {
        Assert.Single(Sentences("The rally was led by Sen. and party chief Ana Ruiz."));
    }

    [Fact]
    public void Very_long_sentences_are_cut_at_a_comma()
    {
        var text = string.Join(", ", Enumerable.Repeat("villages burned", 120)) + ".";
        var document = new Document(text);
        new Tokenizer().Process(document);

        Assert.True(document.Sentences.Count > 1);
        Assert.All(document.Sentences, s => Assert.True(s.TokenCount <= 200));
        Assert.Equal(",", document.Tokens[document.Sentences[0].FirstToken + document.Sentences[0].TokenCount - 1].Text);
        Assert.Equal(document.TokenCount, document.Sentences.Sum(s => s.TokenCount));
    }

    [Fact]
    public void A_numbered_list_item_keeps_its_number()
    {
        Assert.Equal(["Two demands stand out.", "1. Troops must leave.", "2. Prisoners go free."],
            Sentences("Two demands stand out. 1. Troops must leave. 2. Prisoners go free."));
    }
}
