using System.Globalization;

namespace Dyad.Ingest;

/// <summary>Parses the publication dates that news sources write, and rejects dates that make no sense.</summary>
public static class NewsDate
{
    private static readonly string[] Formats =
    [
        "MMM dd, yyyy h:mm tt", "MMM d, yyyy h:mm tt", "MMMM d, yyyy h:mm tt", "MMM. d, yyyy h:mm tt",
        "MMM dd, yyyy", "MMM d, yyyy", "MMMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy",
        "dd-MMM-yyyy HH:mm:ss.fff", "d-MMM-yyyy HH:mm:ss.ff", "d-MMM-yyyy HH:mm:ss",
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "ddd, dd MMM yyyy HH:mm:ss", "ddd, d MMM yyyy HH:mm:ss",
    ];

    /// <summary>Earliest publication year accepted.</summary>
    public const int MinYear = 1900;

    /// <summary>
    /// Reads a date or date-time. A trailing time zone ("GMT", "+02:00", "Z") is accepted and dropped: the date
    /// is kept as the source wrote it. Fails on unknown formats and on dates before 1900 or after tomorrow.
    /// </summary>
    public static bool TryParse(string? text, out DateTime value, out string? why)
    {
        value = default;
        why = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            why = "the date is empty";
            return false;
        }

        var trimmed = text.Trim();
        DateTime parsed;
        if (DateTime.TryParseExact(StripZone(trimmed), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var exact))
        {
            parsed = exact;
        }
        else if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var offset))
        {
            parsed = offset.DateTime;
        }
        else
        {
            why = $"\"{trimmed}\" is not a date Dyad can read (e.g. 2012-10-06 or Oct 06, 2012 2:38 PM)";
            return false;
        }

        if (parsed.Year < MinYear || parsed > DateTime.UtcNow.AddDays(1))
        {
            why = $"\"{trimmed}\" makes no sense as a publication date (before {MinYear} or in the future)";
            return false;
        }

        value = DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified);
        return true;
    }

    private static string StripZone(string s)
    {
        foreach (var zone in (ReadOnlySpan<string>)[" GMT", " UTC", " EST", " EDT", " ET", "Z"])
        {
            if (s.EndsWith(zone, StringComparison.Ordinal))
            {
                return s[..^zone.Length];
            }
        }

        return s;
    }
}
