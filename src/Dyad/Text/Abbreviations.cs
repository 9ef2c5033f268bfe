using System.Collections.Frozen;

namespace Dyad.Text;

/// <summary>The word lists the tokenizer and sentence splitter consult; all lookups take spans so the hot loop allocates nothing.</summary>
internal static class Abbreviations
{
    // Titles stand before a name, so a sentence never ends on them.
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpl", "Sgt", "Adm", "Cmdr", "Brig",
        "Sen", "Sens", "Rep", "Reps", "Gov", "Pres", "Rev", "Hon", "Amb", "Supt", "Insp", "Gens", "Messrs", "Drs", "Mt", "Ft", "Sr", "Jr");

    private static readonly FrozenSet<string> Others = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Inc", "Corp", "Ltd", "Bros", "Plc", "vs", "etc", "approx", "dept", "Ave", "Blvd", "Rd", "Attn", "Assn", "Univ",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Arrv", "ext", "cf", "ca");

    // Words that are also ordinary English words: they keep their period only when capitalised (state names, "Co.").
    private static readonly FrozenSet<string> CapitalOnly = FrozenSet.Create(
        StringComparer.Ordinal,
        "Co", "St", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va",
        "Vt", "Wash", "Wis", "Wyo", "Del", "Fig", "Gen", "No", "Nos", "Op", "Vol", "CO", "ST", "NO");

    // Prefixes EWT writes joined to the rest of the word (e-mail, non-violent, mid-August) instead of splitting the hyphen.
    private static readonly FrozenSet<string> JoinedPrefixes = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "e", "non", "pre", "anti", "mid", "re", "post", "co", "pro", "multi", "ex", "sub", "semi", "cross", "neo",
        "counter", "intra", "inter", "micro", "socio", "psycho", "un", "vice", "over", "x", "mis");

    // Capitalised words that usually open a sentence: after an abbreviation only these are taken as a new sentence.
    private static readonly FrozenSet<string> Starters = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "But",
        "And", "In", "On", "At", "For", "If", "When", "While", "As", "After", "Before", "Some", "Many", "Most", "His",
        "Her", "Its", "Their", "Our", "My", "Your", "What", "Why", "How", "Who", "Where", "Meanwhile", "However", "Still",
        "Yet", "So", "Also", "Both", "Each", "Other", "Now", "Then", "Since", "Although", "Though",
        "Earlier", "Later", "Last", "Next", "Under", "According", "Is", "Are", "Was",
        "Were", "Do", "Does", "Did", "Can", "Will", "Would", "Please", "Thanks", "Thank", "Let", "Here", "No", "Yes", "Not");

    // Contractions written without apostrophe, split where EWT splits them: the value is the length of the first part.
    private static readonly FrozenDictionary<string, int> Unmarked = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["cannot"] = 3, ["gonna"] = 3, ["wanna"] = 3, ["gotta"] = 3, ["dont"] = 2, ["doesnt"] = 4, ["didnt"] = 3,
        ["cant"] = 2, ["wont"] = 2, ["couldnt"] = 5, ["wouldnt"] = 5, ["shouldnt"] = 6, ["isnt"] = 2, ["wasnt"] = 3,
        ["arent"] = 3, ["werent"] = 4, ["havent"] = 4, ["hasnt"] = 3, ["hadnt"] = 3, ["aint"] = 2, ["im"] = 1,
        ["ive"] = 1, ["youre"] = 3, ["theyre"] = 4, ["thats"] = 4, ["whats"] = 4, ["theres"] = 5, ["heres"] = 4,
        ["itll"] = 2, ["youll"] = 3,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> UnmarkedLookup = Unmarked.GetAlternateLookup<ReadOnlySpan<char>>();

    // Units and times EWT splits from a number written against them (5pm, 50km, 113m).
    private static readonly FrozenSet<string> Units = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "am", "pm", "km", "kg", "ft", "m", "mm", "cm", "lb", "lbs", "mph", "kph", "mg", "ml", "k", "bn", "mn", "mln", "min", "hrs", "yrs");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLookup = Others.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalLookup = CapitalOnly.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup = JoinedPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a title written before a name (<c>Gen</c>, <c>Mr</c>), without its period.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word);

    /// <summary>True when <paramref name="word"/> (no period) keeps a following period; <c>No</c> only before a number.</summary>
    public static bool TakesPeriod(ReadOnlySpan<char> word, bool numberFollows)
    {
        if (word.Length == 0)
        {
            return false;
        }

        if (word is "No" or "NO" or "Nos")
        {
            return numberFollows;
        }

        return TitleLookup.Contains(word) || OtherLookup.Contains(word) || CapitalLookup.Contains(word);
    }

    /// <summary>True for a prefix EWT keeps joined by its hyphen (<c>e</c>-mail, <c>non</c>-violent).</summary>
    public static bool IsJoinedPrefix(ReadOnlySpan<char> word) => PrefixLookup.Contains(word);

    /// <summary>True for a word that typically opens a sentence (<c>The</c>, <c>He</c>), compared without case.</summary>
    public static bool IsStarter(ReadOnlySpan<char> word) => StarterLookup.Contains(word);

    /// <summary>Where an apostrophe-less contraction splits (<c>dont</c> → 2, <c>cannot</c> → 3), else 0.</summary>
    public static int UnmarkedSplit(ReadOnlySpan<char> word) =>
        word.Length <= 8 && UnmarkedLookup.TryGetValue(word, out var split) ? split : 0;

    /// <summary>True for a unit or time word written against its number (<c>pm</c>, <c>km</c>), any case.</summary>
    public static bool IsUnit(ReadOnlySpan<char> word) => UnitLookup.Contains(word);

    /// <summary>True for the clitics split off after an apostrophe: <c>s m d re ve ll</c>, any case.</summary>
    public static bool IsClitic(ReadOnlySpan<char> suffix) =>
        suffix.Length switch
        {
            1 => suffix[0] is 's' or 'S' or 'm' or 'M' or 'd' or 'D',
            2 => suffix.Equals("re", StringComparison.OrdinalIgnoreCase) || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("ll", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
}
