using Dyad.Domain;

namespace Dyad.Coding;

/// <summary>
/// Dates the action of a verb from the time expression in its clause ("on Saturday", "yesterday", "last week",
/// "on March 3"), resolved against the publication date.
/// </summary>
public static class DateResolver
{
    // Deeper than verb → object → nmod → possessive, a date is describing something other than the action.
    private const int MaxDepth = 4;

    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] Counts = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>
    /// Finds the time expression that dates the action of <paramref name="verb"/> (an index within
    /// <paramref name="sentence"/>) and resolves it against <paramref name="published"/>; null when the clause names
    /// no time, in which case the caller uses the publication date.
    /// </summary>
    public static DateOnly? Resolve(ReadOnlySpan<Token> sentence, int verb, DateOnly published)
    {
        if ((uint)verb >= (uint)sentence.Length)
        {
            return null;
        }

        // The hop limit also guards against a malformed parse whose heads form a cycle.
        for (var hops = 0; hops < sentence.Length; hops++)
        {
            var rel = sentence[verb].Relation;
            var head = sentence[verb].Head;
            if ((uint)head < (uint)sentence.Length && (rel == "aux" || rel == "aux:pass" || rel == "cop"))
            {
                // The clause's dependents hang off the main predicate, not the auxiliary.
                verb = head;
                continue;
            }

            if (InClause(sentence, verb, published) is { } date)
            {
                return date;
            }

            // "agreed on Tuesday to resume talks", "stormed the town on Monday and burned it": the governing verb's
            // time also dates this one. A ccomp is reported speech with its own time, so it inherits nothing.
            if ((uint)head >= (uint)sentence.Length || !(rel == "xcomp" || rel == "conj" || (rel == "advcl" && HasChild(sentence, verb, "mark", "to"))))
            {
                return null;
            }

            verb = head;
        }

        return null;
    }

    /// <summary>The time expression closest to <paramref name="verb"/> in its own clause; ties go to the earlier word.</summary>
    private static DateOnly? InClause(ReadOnlySpan<Token> s, int verb, DateOnly published)
    {
        var future = HasChild(s, verb, "aux", "will") || HasChild(s, verb, "aux", "shall");
        DateOnly? best = null;
        var bestDepth = int.MaxValue;
        for (var i = 0; i < s.Length; i++)
        {
            var depth = Depth(s, i, verb);
            if (depth > 0 && depth < bestDepth && Interpret(s, i, published, future) is { } date)
            {
                best = date;
                bestDepth = depth;
            }
        }

        return best;
    }

    /// <summary>Steps from token <paramref name="i"/> up to <paramref name="verb"/>, or -1 when it lies in another clause.</summary>
    private static int Depth(ReadOnlySpan<Token> s, int i, int verb)
    {
        var depth = 0;
        for (var j = i; j != verb; j = s[j].Head)
        {
            if ((uint)j >= (uint)s.Length || ++depth > MaxDepth || IsClausal(s[j].Relation))
            {
                return -1;
            }
        }

        return depth;
    }

    private static bool IsClausal(string? rel) =>
        rel is not null && (rel.StartsWith("ccomp", StringComparison.Ordinal) || rel.StartsWith("xcomp", StringComparison.Ordinal)
            || rel.StartsWith("advcl", StringComparison.Ordinal) || rel.StartsWith("acl", StringComparison.Ordinal)
            || rel.StartsWith("conj", StringComparison.Ordinal) || rel.StartsWith("parataxis", StringComparison.Ordinal)
            || rel.StartsWith("csubj", StringComparison.Ordinal));

    private static bool HasChild(ReadOnlySpan<Token> s, int head, string relation, string word)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i].Head == head && s[i].Relation == relation && (Is(s[i].Text, word) || Is(s[i].Lemma, word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The date token <paramref name="i"/> anchors, when it is the key word of a time expression.</summary>
    private static DateOnly? Interpret(ReadOnlySpan<Token> s, int i, DateOnly published, bool future)
    {
        var text = s[i].Text;
        if (Is(text, "yesterday"))
        {
            return published.AddDays(-1);
        }

        if (Is(text, "today") || Is(text, "tonight"))
        {
            return published;
        }

        // Linear neighbours rather than arcs: the parser attaches "last", "next" and day numbers inconsistently.
        var prev = i > 0 ? s[i - 1].Text : "";

        // "over the last year", "in the past week": a period up to now, not a day to date the event by.
        var before = i > 2 && Is(s[i - 2].Text, "the") ? s[i - 3].Text : "";
        if ((Is(prev, "last") || Is(prev, "past")) && (Is(before, "over") || Is(before, "in") || Is(before, "during")
            || Is(before, "for") || Is(before, "throughout") || Is(before, "within")))
        {
            return null;
        }

        var weekday = Array.IndexOf(Weekdays, text);
        if (weekday >= 0)
        {
            var back = ((int)published.DayOfWeek - weekday + 7) % 7;
            var ahead = (weekday - (int)published.DayOfWeek + 7) % 7;
            // Wire copy says "on Saturday" for the same day and never means a future day unless the verb is future.
            return Is(prev, "next") ? published.AddDays(ahead == 0 ? 7 : ahead)
                : future ? published.AddDays(ahead)
                : published.AddDays(-(back == 0 && Is(prev, "last") ? 7 : back));
        }

        var month = MonthOf(text);
        if (month > 0 && s[i].Xpos != "MD" && s[i].Upos != "AUX")
        {
            return MonthDate(s, i, month, published, future || Is(prev, "next"));
        }

        var unit = s[i].Lemma ?? text;
        if (i + 1 < s.Length && Is(s[i + 1].Text, "ago"))
        {
            var n = Count(prev);
            return n == 0 ? null
                : Is(unit, "day") ? published.AddDays(-n)
                : Is(unit, "week") ? published.AddDays(-7 * n)
                : Is(unit, "month") ? published.AddMonths(-n)
                : Is(unit, "year") ? published.AddYears(-n)
                : null;
        }

        // "the next day" counts from the story's last event, not from publication, so "day" only counts with "ago".
        var sign = Is(prev, "last") ? -1 : Is(prev, "next") ? 1 : Is(prev, "this") ? 0 : 2;
        if (sign == 2)
        {
            return null;
        }

        // Week, month and year resolve to the same day one unit away: "last month" names a period, and a point
        // inside it keeps the event in the right week, month or year, which is all the precision the text gives.
        return Is(unit, "week") ? published.AddDays(7 * sign)
            : Is(unit, "month") ? published.AddMonths(sign)
            : Is(unit, "year") ? published.AddYears(sign)
            // "last night" is the evening before a morning story; "this morning" and the like are the publication day.
            : Is(unit, "night") && sign <= 0 ? published.AddDays(sign)
            : sign == 0 && (Is(unit, "morning") || Is(unit, "afternoon") || Is(unit, "evening")) ? published
            : null;
    }

    /// <summary>"March 3", "3 March", "Dec. 28, 2018", "in March", "in March 2011"; null for impossible dates.</summary>
    private static DateOnly? MonthDate(ReadOnlySpan<Token> s, int i, int month, DateOnly published, bool future)
    {
        var day = 0;
        var yearAt = i + 1;
        if (i + 1 < s.Length && TryNumber(s[i + 1].Text, 2, out day))
        {
            yearAt = i + 2 < s.Length && s[i + 2].Text == "," ? i + 3 : i + 2;
        }
        else if (i > 0)
        {
            TryNumber(s[i - 1].Text, 2, out day);
        }

        var year = yearAt < s.Length && TryNumber(s[yearAt].Text, 4, out var y) && y is >= 1900 and <= 2100 ? y : 0;
        if (day == 0)
        {
            // A bare month is a time only after a preposition ("in March"; "May" alone is usually a name). Month
            // precision resolves to the 1st, which keeps the event in the right month.
            var prev = i > 0 ? s[i - 1].Text : "";
            if (year == 0 && !(Is(prev, "in") || Is(prev, "since") || Is(prev, "during") || Is(prev, "early") || Is(prev, "late") || Is(prev, "last") || Is(prev, "next")))
            {
                return null;
            }

            day = 1;
        }

        if (year > 0)
        {
            return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }

        // Without a year, the date is in the publication year unless that is over a month off in the wrong direction:
        // "on Dec. 28" in a January story happened last year, "will vote in January" in a December story is next year.
        year = published.Year;
        if (day > DateTime.DaysInMonth(year, month) && !(month == 2 && day == 29))
        {
            return null;
        }

        var limit = future ? published.AddMonths(-1) : published.AddMonths(1);
        var candidate = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
        if (future ? candidate < limit : candidate > limit)
        {
            year += future ? 1 : -1;
        }

        return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>1–12 for a capitalised month name or abbreviation ("Sept.", "Dec"), else 0.</summary>
    private static int MonthOf(string text)
    {
        var name = text.AsSpan().TrimEnd('.');
        if (name.Length < 3 || !char.IsUpper(name[0]))
        {
            return 0;
        }

        for (var m = 0; m < Months.Length; m++)
        {
            // Three-letter abbreviations and "Sept"; other partial words are names ("Marc").
            if (Months[m].AsSpan().StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && (name.Length == 3 || name.Length == Months[m].Length || (m == 8 && name.Length == 4)))
            {
                return m + 1;
            }
        }

        return 0;
    }

    /// <summary>Parses up to <paramref name="digits"/> digits with an optional ordinal suffix ("3", "3rd", "2011").</summary>
    private static bool TryNumber(string text, int digits, out int value)
    {
        var span = text.AsSpan();
        if (span.Length > 2 && (span.EndsWith("st") || span.EndsWith("nd") || span.EndsWith("rd") || span.EndsWith("th")))
        {
            span = span[..^2];
        }

        value = 0;
        if (span.Length == 0 || span.Length > digits || (digits == 4 && span.Length != 4))
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                value = 0;
                return false;
            }

            value = value * 10 + (c - '0');
        }

        if (digits == 4 || value is >= 1 and <= 31)
        {
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>The count before "ago": digits, "a"/"an" or a number word up to ten; 0 when unknown.</summary>
    private static int Count(string text)
    {
        if (Is(text, "an"))
        {
            return 1;
        }

        for (var n = 0; n < Counts.Length; n++)
        {
            if (Is(text, Counts[n]))
            {
                return Math.Max(n, 1);
            }
        }

        return TryNumber(text, 2, out var value) ? value : 0;
    }

    private static bool Is(string? text, string word) => string.Equals(text, word, StringComparison.OrdinalIgnoreCase);
}
