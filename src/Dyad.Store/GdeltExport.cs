using System.Globalization;
using System.Text;
using Dyad.Domain;
using Dyad.Knowledge;

namespace Dyad.Store;

/// <summary>
/// Writes stored events as the GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, no header unless
/// asked. Geography uses FIPS 10-4 country codes as GDELT does; what Dyad does not know (ethnic and religion codes,
/// tone, actor geography, GNS feature ids) is left empty or zero, never guessed.
/// </summary>
public sealed class GdeltExport(KnowledgeBase knowledge)
{
    /// <summary>GDELT 2.0's column names, in file order.</summary>
    public static readonly string[] Columns =
    [
        "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
        .. ActorColumns("Actor1"), .. ActorColumns("Actor2"),
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        .. GeoColumns("Actor1Geo"), .. GeoColumns("Actor2Geo"), .. GeoColumns("ActionGeo"),
        "DATEADDED", "SOURCEURL",
    ];

    /// <summary>Writes one line per event (and a header line first with <paramref name="header"/>); returns the count.</summary>
    public long Write(TextWriter writer, IEnumerable<StoredEvent> events, bool header = false)
    {
        if (header)
        {
            writer.Write(string.Join('\t', Columns));
            writer.Write('\n');
        }

        var line = new StringBuilder(512);
        long count = 0;
        foreach (var e in events)
        {
            line.Clear();
            Row(line, e);
            writer.Write(line);
            writer.Write('\n');
            count++;
        }

        return count;
    }

    /// <summary>Appends the 61 fields of <paramref name="e"/>, tab-separated, without the line end.</summary>
    internal void Row(StringBuilder line, StoredEvent e)
    {
        var c = CultureInfo.InvariantCulture;
        line.Append(e.Id.ToString(c));
        if (e.Day is { } day)
        {
            Field(line, day.ToString("yyyyMMdd", c));
            Field(line, day.ToString("yyyyMM", c));
            Field(line, day.Year.ToString(c));
            Field(line, (day.Year + ((day.DayOfYear - 1) / 365.0)).ToString("0.0000", c));
        }
        else
        {
            // An event of an undated article has no day; the columns stay empty rather than invented.
            Field(line, "");
            Field(line, "");
            Field(line, "");
            Field(line, "");
        }

        Actor(line, e.Source);
        Actor(line, e.Target);
        Field(line, e.IsRoot ? "1" : "0");
        var code = e.Code.Value;
        Field(line, code);
        Field(line, code.Length > 3 ? code[..3] : code);
        Field(line, e.Code.Root);
        Field(line, e.Code.QuadClass.ToString(c));
        Field(line, e.Goldstein.ToString("0.0", c));
        Field(line, e.NumMentions.ToString(c));
        Field(line, e.NumSources.ToString(c));
        Field(line, e.NumArticles.ToString(c));
        Field(line, "0");
        Geo(line, null);
        Geo(line, null);
        Geo(line, e.Place);
        Field(line, e.Added.ToString("yyyyMMddHHmmss", c));
        Field(line, e.SourceUrl ?? e.FirstArticleId);
    }

    private void Actor(StringBuilder line, Actor? actor)
    {
        if (actor is null)
        {
            for (var i = 0; i < 10; i++)
            {
                Field(line, "");
            }

            return;
        }

        Field(line, actor.Code);
        var name = actor.Name ?? (actor.Country is { } cc && knowledge.Countries.TryGetValue(cc, out var country) ? country.Name : actor.Code);
        Field(line, name.ToUpperInvariant());
        Field(line, actor.Country ?? "");
        Field(line, actor.KnownGroup ?? "");
        Field(line, "");
        Field(line, "");
        Field(line, "");

        // After the country (and a known group), the code is a run of three-letter role and type codes.
        var rest = actor.Country is { } prefix && actor.Code.StartsWith(prefix, StringComparison.Ordinal) ? actor.Code[prefix.Length..] : actor.Code;
        var types = 0;
        for (var i = 0; i + 3 <= rest.Length && types < 3; i += 3)
        {
            var chunk = rest.Substring(i, 3);
            if (chunk != actor.KnownGroup)
            {
                Field(line, chunk);
                types++;
            }
        }

        for (; types < 3; types++)
        {
            Field(line, "");
        }
    }

    private void Geo(StringBuilder line, Place? place)
    {
        if (place is null)
        {
            Field(line, "0");
            for (var i = 0; i < 7; i++)
            {
                Field(line, "");
            }

            return;
        }

        var c = CultureInfo.InvariantCulture;
        var country = place.Country is { } code && knowledge.Countries.TryGetValue(code, out var found) ? found : null;
        var fips = country?.Fips ?? "";
        var countryLevel = place.Admin1 is null && country is not null && place.Name == country.Name;
        var type = countryLevel ? 1 : place.Country == "USA" ? 3 : 4;
        var full = countryLevel ? place.Name : string.Join(", ", new[] { place.Name, place.Admin1, country?.Name }.Where(p => !string.IsNullOrEmpty(p)).Distinct());
        Field(line, type.ToString(c));
        Field(line, full);
        Field(line, fips);
        Field(line, fips);
        Field(line, "");
        Field(line, place.Latitude.ToString("0.####", c));
        Field(line, place.Longitude.ToString("0.####", c));
        Field(line, countryLevel ? fips : "");
    }

    private static void Field(StringBuilder line, string value)
    {
        line.Append('\t');
        foreach (var ch in value)
        {
            // A tab or line break inside a field would shift every later column.
            line.Append(ch is '\t' or '\n' or '\r' ? ' ' : ch);
        }
    }

    private static string[] ActorColumns(string p) =>
        [$"{p}Code", $"{p}Name", $"{p}CountryCode", $"{p}KnownGroupCode", $"{p}EthnicCode", $"{p}Religion1Code", $"{p}Religion2Code", $"{p}Type1Code", $"{p}Type2Code", $"{p}Type3Code"];

    private static string[] GeoColumns(string p) =>
        [$"{p}_Type", $"{p}_FullName", $"{p}_CountryCode", $"{p}_ADM1Code", $"{p}_ADM2Code", $"{p}_Lat", $"{p}_Long", $"{p}_FeatureID"];
}
