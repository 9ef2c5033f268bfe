using Dyad.Domain;
using Dyad.Knowledge;
using Dyad.Text;

namespace Dyad.Coding;

/// <summary>
/// Mends, before parsing, the tagging errors the dictionaries can see, after which the words that follow are tagged
/// again. A role word opening a sentence ("Gunmen shot dead …", "Riot police fired …") read as a proper name because
/// of its capital becomes a common noun (never a title before a name: "President Ruto met …" stays a name). A word of
/// a known organisation's name read as a verb ("Shining Path rebels ambushed …", with "Shining" the main verb)
/// becomes part of the name. The bare verb of a demand ("demanded that the prime minister resign") read as the last
/// word of a noun compound becomes a verb again.
/// </summary>
public sealed class DictionaryTagRepair(KnowledgeBase knowledge, Tagger tagger)
{
    private const int LongestName = 4;

    /// <summary>Repairs the tags of every sentence of <paramref name="document"/> (run before lemmas and parse).</summary>
    public void Process(Document document)
    {
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var tokens = document.SentenceTokens(s);
            var first = tokens.Length > 1 && tokens[0].Upos == "PUNCT" ? 1 : 0;
            var words = RoleWordsAt(tokens, first);
            if (words > 0)
            {
                for (var i = first; i < first + words; i++)
                {
                    var plural = IsPlural(tokens[i].Text) && i == first + words - 1;
                    tokens[i] = tokens[i] with { Upos = "NOUN", Xpos = plural ? "NNS" : "NN" };
                }

                tagger.TagAfter(tokens, first + words);
            }

            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Upos == "VERB" && IsCapitalised(tokens[i].Text) && OrganisationAt(tokens, i) is var n and > 0)
                {
                    for (var k = i; k < i + n; k++)
                    {
                        tokens[k] = tokens[k] with { Upos = "PROPN", Xpos = "NNP" };
                    }

                    tagger.TagAfter(tokens, i + n);
                    i += n - 1;
                }
            }

            for (var i = 0; i + 2 < tokens.Length; i++)
            {
                if (MandativeVerbs.Contains(tokens[i].Text) && ThatAfter(tokens, i) is var that and > 0 && SubjunctiveAfter(tokens, that + 1) is var verb and > 0)
                {
                    tokens[verb] = tokens[verb] with { Upos = "VERB", Xpos = "VB" };
                    tagger.TagAfter(tokens, verb + 1);
                }
            }
        }
    }

    /// <summary>Forms of the verbs that take a bare verb in their "that" clause ("demanded that the minister resign").</summary>
    private static readonly HashSet<string> MandativeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "demand", "demands", "demanded", "demanding", "insist", "insists", "insisted", "insisting", "urge", "urges", "urged",
        "urging", "ask", "asks", "asked", "asking", "request", "requests", "requested", "requesting", "propose", "proposes",
        "proposed", "recommend", "recommends", "recommended", "require", "requires", "required",
    };

    // The "that" opening the verb's clause, a few words on at most ("demanded on Thursday that"); 0 when none.
    private static int ThatAfter(ReadOnlySpan<Token> tokens, int verb)
    {
        for (var j = verb + 1; j < tokens.Length && j <= verb + 5; j++)
        {
            if (tokens[j].Text == "that")
            {
                return j;
            }

            if (tokens[j].Upos is "VERB" or "AUX" or "PUNCT" or "SCONJ")
            {
                return 0;
            }
        }

        return 0;
    }

    // "demanded that the prime minister resign": the bare verb after the clause's subject, read as the last word of a
    // noun compound. Returns its index, or 0 when the clause reads otherwise.
    private int SubjunctiveAfter(ReadOnlySpan<Token> tokens, int start)
    {
        var nouns = 0;
        for (var j = start; j < tokens.Length; j++)
        {
            var t = tokens[j];
            if (t.Upos is "VERB" or "AUX" or "PUNCT" or "ADP" or "SCONJ" or "CCONJ")
            {
                return 0;
            }

            if (t.Upos == "NOUN" && nouns > 0 && t.Xpos == "NN" && knowledge.PatternsByVerb.ContainsKey(t.Text))
            {
                return j;
            }

            nouns += t.Upos is "NOUN" or "PROPN" or "PRON" ? 1 : 0;
        }

        return 0;
    }

    // Words in the longest organisation name of capitalised words starting at `i`; 0 when none.
    private int OrganisationAt(ReadOnlySpan<Token> tokens, int i)
    {
        for (var n = Math.Min(LongestName, tokens.Length - i); n >= 2; n--)
        {
            var phrase = tokens[i].Text;
            var capitalised = true;
            for (var k = i + 1; k < i + n && capitalised; k++)
            {
                capitalised = IsCapitalised(tokens[k].Text);
                phrase += " " + tokens[k].Text;
            }

            if (capitalised)
            {
                foreach (var meaning in knowledge.Meanings(phrase))
                {
                    if (meaning is OrganisationName)
                    {
                        return n;
                    }
                }
            }
        }

        return 0;
    }

    // How many words from `first` form a role phrase wrongly tagged as a name: "Gunmen" (1), "Riot police" (2).
    private int RoleWordsAt(ReadOnlySpan<Token> tokens, int first)
    {
        if (first >= tokens.Length || tokens[first].Upos != "PROPN" || !IsCapitalised(tokens[first].Text))
        {
            return 0;
        }

        var next = first + 1;
        if (next < tokens.Length && IsLowerWord(tokens[next].Text) && IsRole(tokens[first].Text + " " + tokens[next].Text))
        {
            return 2;
        }

        // A capitalised word right after is a name the role word is the title of ("Police Commissioner Ali …").
        return IsRole(tokens[first].Text) && (next >= tokens.Length || !IsCapitalised(tokens[next].Text)) ? 1 : 0;
    }

    private bool IsRole(string phrase)
    {
        var meanings = knowledge.Meanings(phrase);
        if (meanings.Count == 0)
        {
            // Role words are listed in the singular ("gunman" for "Gunmen").
            var key = PhraseKey.Of(phrase).ToCharArray();
            var length = Dyad.Actors.ActorFinder.Singular(key);
            meanings = length > 0 ? knowledge.Meanings(key.AsSpan(0, length)) : [];
            if (meanings.Count == 0)
            {
                return false;
            }
        }

        foreach (var meaning in meanings)
        {
            if (meaning is not SectorWord { Term.IsTitle: false })
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlural(string word) =>
        word.EndsWith("men", StringComparison.OrdinalIgnoreCase)
        || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase));

    private static bool IsCapitalised(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[^1]);

    private static bool IsLowerWord(string word) => word.Length > 0 && char.IsLower(word[0]);
}
