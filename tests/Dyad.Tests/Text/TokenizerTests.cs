using Dyad.Text;

namespace Dyad.Tests.Text;

public class TokenizerTests
{
    private static Document Run(string text)
    {
        var document = new Document(text);
        new Tokenizer().Process(document);
        return document;
    }

    private static string[] Words(string text)
    {
        var tokens = Run(text).Tokens;
        var words = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            words[i] = tokens[i].Text;
        }

        return words;
    }

    [Fact]
    public void Punctuation_is_split_from_words()
    {
        Assert.Equal(["Rebels", "fled", ",", "officials", "said", "."], Words("Rebels fled, officials said."));
    }

    [Fact]
    public void Hyphens_are_tokens_of_their_own()
    {
        Assert.Equal(["a", "60", "-", "year", "-", "old", "colonel"], Words("a 60-year-old colonel"));
        Assert.Equal(["al", "-", "Shabab", "fighters"], Words("al-Shabab fighters"));
    }

    [Fact]
    public void Prefixes_ewt_keeps_joined_stay_with_their_word()
    {
        Assert.Equal(["an", "e-mail", "to", "non-aligned", "states"], Words("an e-mail to non-aligned states"));
    }

    [Fact]
    public void Negations_split_as_ewt_syntactic_words()
    {
        Assert.Equal(["They", "do", "n't", "agree", "and", "ca", "n't", "leave"], Words("They don't agree and can't leave"));
        Assert.Equal(["It", "wo", "n't", "work"], Words("It won't work"));
    }

    [Fact]
    public void Curly_apostrophes_split_like_straight_ones()
    {
        Assert.Equal(["We", "do", "n’t", "know", "what", "she", "’s", "planning"], Words("We don’t know what she’s planning"));
    }

    [Fact]
    public void Clitics_and_possessives_get_their_own_spans()
    {
        var document = Run("I'm sure Putin's aides'll call.");
        var tokens = document.Tokens;
        Assert.Equal("I", tokens[0].Text);
        Assert.Equal("'m", tokens[1].Text);
        Assert.Equal((1, 3), (tokens[1].Start, tokens[1].End));
        Assert.Equal(["I", "'m", "sure", "Putin", "'s", "aides", "'ll", "call", "."], Words("I'm sure Putin's aides'll call."));
    }

    [Fact]
    public void A_plural_possessive_loses_its_apostrophe_as_a_token()
    {
        Assert.Equal(["the", "ministers", "'", "meeting"], Words("the ministers' meeting"));
    }

    [Fact]
    public void Cannot_and_gonna_split_into_two_words()
    {
        Assert.Equal(["We", "can", "not", "say", "who", "is", "gon", "na", "win"], Words("We cannot say who is gonna win"));
    }

    [Fact]
    public void Names_with_an_inner_apostrophe_stay_whole()
    {
        Assert.Equal(["Senator", "O'Malley", "spoke"], Words("Senator O'Malley spoke"));
    }

    [Fact]
    public void Currency_and_percent_signs_are_split_but_numbers_stay_whole()
    {
        Assert.Equal(["$", "1,000.50", "and", "12", "%"], Words("$1,000.50 and 12%"));
        Assert.Equal(["US$", "40", "million"], Words("US$40 million"));
    }

    [Fact]
    public void Times_and_iso_dates_are_single_tokens()
    {
        Assert.Equal(["at", "10:30", "on", "2012-10-06"], Words("at 10:30 on 2012-10-06"));
    }

    [Fact]
    public void Initials_and_abbreviations_keep_their_period()
    {
        Assert.Equal(["Gen.", "Ana", "M.", "Ruiz", "met", "U.N.", "envoys", "at", "3", "p.m.", "on", "Jan.", "4", "at", "No.", "10"],
            Words("Gen. Ana M. Ruiz met U.N. envoys at 3 p.m. on Jan. 4 at No. 10"));
    }

    [Fact]
    public void May_and_no_without_a_number_are_ordinary_words()
    {
        Assert.Equal(["They", "said", "no", ".", "Talks", "resume", "in", "May", "."], Words("They said no. Talks resume in May."));
    }

    [Fact]
    public void Urls_emails_handles_and_hashtags_are_one_token()
    {
        Assert.Equal(["See", "https://example.org/a?b=1", ",", "write", "to", "desk@example.org", "or", "@wiredesk", "#ceasefire", "."],
            Words("See https://example.org/a?b=1, write to desk@example.org or @wiredesk #ceasefire."));
    }

    [Fact]
    public void Dashes_ellipses_and_mixed_marks_follow_ewt()
    {
        Assert.Equal(["Peace", "—", "or", "war", "–", "now", "--", "maybe", "...", "really", "?!", "Yes", "…"],
            Words("Peace—or war–now--maybe... really?! Yes…"));
    }

    [Fact]
    public void Quotes_are_their_own_tokens()
    {
        Assert.Equal(["“", "No", ",", "”", "he", "said", "'", "again", "'", "\"", "loudly", "\""],
            Words("“No,” he said 'again' \"loudly\""));
    }

    [Fact]
    public void Mojibake_is_repaired_in_the_token_text_but_offsets_cover_the_original()
    {
        var text = "â€œWe wonâ€™t leave,â€\u009d said JosÃ©.";
        var document = Run(text);
        var tokens = document.Tokens;
        Assert.Equal(["“", "We", "wo", "n’t", "leave", ",", "”", "said", "José", "."], Words(text));
        Assert.Equal("â€œ", text[tokens[0].Start..tokens[0].End]);
        Assert.Equal("nâ€™t", text[tokens[3].Start..tokens[3].End]);
        Assert.Equal("JosÃ©", text[tokens[8].Start..tokens[8].End]);
    }

    [Fact]
    public void Ordinary_accented_text_is_left_alone()
    {
        Assert.Equal(["Peña", "flew", "to", "São", "Paulo", "."], Words("Peña flew to São Paulo."));
    }

    [Fact]
    public void Token_text_is_the_text_under_its_span()
    {
        var text = "WASHINGTON (AP) — The U.S. didn't say; it's 60-year-old policy, isn't it?";
        foreach (var token in Run(text).Tokens)
        {
            Assert.Equal(token.Text, text[token.Start..token.End]);
        }
    }

    [Fact]
    public void A_unit_written_against_its_number_is_split_but_decades_are_not()
    {
        Assert.Equal(["at", "5", "pm", ",", "50", "km", "away", ",", "in", "the", "1990s", "and", "the", "60's"],
            Words("at 5pm, 50km away, in the 1990s and the 60's"));
    }

    [Fact]
    public void A_sentence_final_abbreviation_gives_up_its_period_as_ewt_does()
    {
        Assert.Equal(["tanks", ",", "trucks", ",", "etc", ".", "The", "convoy", "left", "."], Words("tanks, trucks, etc. The convoy left."));
    }

    [Fact]
    public void Local_phone_numbers_and_file_names_stay_whole()
    {
        Assert.Equal(["call", "555-0142", "about", "REPORT.PDF"], Words("call 555-0142 about REPORT.PDF"));
    }
}
