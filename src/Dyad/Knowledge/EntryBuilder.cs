using System.Globalization;
using Dyad.Domain;

namespace Dyad.Knowledge;

/// <summary>Turns knowledge records into typed entries, reporting malformed fields by file and line.</summary>
internal sealed class EntryBuilder(List<KnowledgeProblem> problems)
{
    public List<Country> Countries(IEnumerable<KnowledgeRecord> records)
    {
        var list = new List<Country>();
        foreach (var r in records)
        {
            if (!Code(r, r[0], "country code", 3, 3) || !Required(r, 1, "name"))
            {
                continue;
            }

            var metonyms = new List<Metonym>();
            foreach (var item in r.List(5))
            {
                var eq = item.IndexOf('=', StringComparison.Ordinal);
                if (eq < 0)
                {
                    metonyms.Add(new Metonym(item, null));
                }
                else if (Code(r, item[(eq + 1)..].Trim(), "sector code", 3, 3))
                {
                    metonyms.Add(new Metonym(item[..eq].Trim(), item[(eq + 1)..].Trim()));
                }
            }

            (double, double)? centroid = null;
            if (r[6].Length > 0)
            {
                if (TryLatLon(r[6], out var lat, out var lon))
                {
                    centroid = (lat, lon);
                }
                else
                {
                    Error(r, $"centroid '{r[6]}' is not 'lat,lon' with -90<=lat<=90 and -180<=lon<=180");
                }
            }

            // A bad FIPS code only loses the export column, so the country itself still loads.
            var fips = r[7].Length == 0 || Code(r, r[7], "FIPS 10-4 code", 2, 2) ? NullIfEmpty(r[7]) : null;
            list.Add(new Country(r[0], r[1], r.List(2), r.List(3), NullIfEmpty(r[4]), [.. metonyms], centroid, r.Source) { Fips = fips });
        }

        return list;
    }

    public List<Region> Regions(IEnumerable<KnowledgeRecord> records) =>
        [.. records.Where(r => Code(r, r[0], "region code", 3, 3) && Required(r, 1, "name"))
            .Select(r => new Region(r[0], r[1], r.List(2), r.List(3), r.Source))];

    public List<SectorTerm> Sectors(IEnumerable<KnowledgeRecord> records)
    {
        var list = new List<SectorTerm>();
        foreach (var r in records)
        {
            if (!Required(r, 0, "phrase") || !Code(r, r[1], "sector code", 3, 3))
            {
                continue;
            }

            if (r[2].Length > 0 && r[2] != "title")
            {
                Error(r, $"third field is 'title' or empty, not '{r[2]}'");
                continue;
            }

            list.Add(new SectorTerm(r[0], r[1], r[2] == "title", r.Source));
        }

        return list;
    }

    public List<Organisation> Organisations(IEnumerable<KnowledgeRecord> records, bool armed)
    {
        var list = new List<Organisation>();
        foreach (var r in records)
        {
            if (!Code(r, r[0], "actor code", 3, 15) || !Required(r, 2, "name")
                || (r[1].Length > 0 && !Code(r, r[1], "known-group code", 3, 3))
                || (r[4].Length > 0 && !Code(r, r[4], "country code", 3, 3)))
            {
                continue;
            }

            if (r[0].Length % 3 != 0)
            {
                Error(r, $"actor code '{r[0]}' is not made of three-letter parts");
                continue;
            }

            list.Add(new Organisation(r[0], NullIfEmpty(r[1]), r[2], r.List(3), NullIfEmpty(r[4]), armed, r.Source));
        }

        return list;
    }

    public List<OfficeHolder> People(IEnumerable<KnowledgeRecord> records)
    {
        var list = new List<OfficeHolder>();
        foreach (var r in records)
        {
            if (!Code(r, r[0], "country code", 3, 3) || !Code(r, r[1], "sector code", 3, 3)
                || !Required(r, 2, "office") || !Required(r, 3, "name") || !Required(r, 5, "start date"))
            {
                continue;
            }

            if (!TryDate(r[5], isEnd: false, out var start))
            {
                Error(r, $"start date '{r[5]}' is not YYYY-MM-DD, YYYY-MM or YYYY");
                continue;
            }

            DateOnly? end = null;
            if (r[6].Length > 0)
            {
                if (!TryDate(r[6], isEnd: true, out var e))
                {
                    Error(r, $"end date '{r[6]}' is not YYYY-MM-DD, YYYY-MM or YYYY");
                    continue;
                }

                if (e < start)
                {
                    Error(r, $"the term ends ({r[6]}) before it starts ({r[5]})");
                    continue;
                }

                end = e;
            }

            list.Add(new OfficeHolder(r[0], r[1], r[2], r[3], r.List(4), start, end, r.Source)
            {
                Slack = Math.Max(Slack(r[5]), Slack(r[6])),
            });
        }

        return list;
    }

    public List<ActorType> ActorTypes(IEnumerable<KnowledgeRecord> records)
    {
        var list = new List<ActorType>();
        foreach (var r in records)
        {
            if (!Code(r, r[0], "actor type code", 3, 3) || !Required(r, 1, "name"))
            {
                continue;
            }

            if (r[2] is not ("sector" or "prefix" or "religion" or "ethnic" or "other"))
            {
                Error(r, $"kind is sector, prefix, religion, ethnic or other, not '{r[2]}'");
                continue;
            }

            list.Add(new ActorType(r[0], r[1], r[2], r[3], r.Source));
        }

        return list;
    }

    public List<EventType> EventTypes(IEnumerable<KnowledgeRecord> records)
    {
        var list = new List<EventType>();
        foreach (var r in records)
        {
            if (!EventCode(r))
            {
                continue;
            }

            if (!double.TryParse(r[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein) || goldstein is < -10 or > 10)
            {
                Error(r, $"Goldstein score '{r[2]}' is not a number from -10 to 10");
                continue;
            }

            if (r[3].Length > 0 && !KnowledgeBase.PloverTypes.Contains(r[3]))
            {
                Error(r, $"'{r[3]}' is not a PLOVER event type ({string.Join(", ", KnowledgeBase.PloverTypes)})");
                continue;
            }

            if (Required(r, 1, "name"))
            {
                list.Add(new EventType(new CameoCode(r[0]), r[1], goldstein, NullIfEmpty(r[3]), r[4], r.Source));
            }
        }

        return list;
    }

    public List<VerbPattern> Patterns(IEnumerable<KnowledgeRecord> records)
    {
        var list = new List<VerbPattern>();
        foreach (var r in records)
        {
            if (!EventCode(r))
            {
                continue;
            }

            var parts = VerbPattern.ParseParts(r[1], out var error);
            if (parts is null)
            {
                Error(r, error!);
                continue;
            }

            var mutual = false;
            foreach (var flag in r.List(2).SelectMany(f => f.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                if (flag == "mutual")
                {
                    mutual = true;
                }
                else
                {
                    Error(r, $"unknown flag '{flag}' (known: mutual)");
                }
            }

            list.Add(new VerbPattern(new CameoCode(r[0]), string.Join(' ', r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)), parts, mutual, r.Source));
        }

        return list;
    }

    public List<City> Places(IEnumerable<KnowledgeRecord> records)
    {
        var list = new List<City>();
        foreach (var r in records)
        {
            if (!Required(r, 0, "name") || !Code(r, r[2], "country code", 3, 3))
            {
                continue;
            }

            if (!TryLatLon($"{r[4]},{r[5]}", out var lat, out var lon))
            {
                Error(r, $"'{r[4]}' and '{r[5]}' are not a latitude (-90..90) and a longitude (-180..180)");
                continue;
            }

            list.Add(new City(r[0], r.List(1), r[2], NullIfEmpty(r[3]), lat, lon, 0, r.Source));
        }

        return list;
    }

    private bool EventCode(KnowledgeRecord r)
    {
        if (CameoCode.IsWellFormed(r[0]))
        {
            return true;
        }

        Error(r, $"'{r[0]}' is not a CAMEO event code (2-4 digits, root 01-20)");
        return false;
    }

    private bool Required(KnowledgeRecord r, int field, string what)
    {
        if (r[field].Length > 0)
        {
            return true;
        }

        Error(r, $"the {what} is missing");
        return false;
    }

    private bool Code(KnowledgeRecord r, string value, string what, int min, int max)
    {
        if (value.Length >= min && value.Length <= max && value.All(char.IsAsciiLetterUpper))
        {
            return true;
        }

        Error(r, value.Length == 0 ? $"the {what} is missing" : $"'{value}' is not a {what} ({min}-{max} upper-case letters)");
        return false;
    }

    private void Error(KnowledgeRecord r, string message) =>
        problems.Add(new KnowledgeProblem(r.Source.File, r.Source.Line, message));

    /// <summary>Reads YYYY-MM-DD, YYYY-MM or YYYY; a partial date is the first day of its span, or the last for an end.</summary>
    internal static bool TryDate(string text, bool isEnd, out DateOnly date)
    {
        date = default;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1000 or > 2100)
        {
            return false;
        }

        var month = isEnd ? 12 : 1;
        if (parts.Length > 1 && (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out month) || month is < 1 or > 12))
        {
            return false;
        }

        var day = isEnd ? DateTime.DaysInMonth(year, month) : 1;
        if (parts.Length > 2 && (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out day)
            || day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Slack(string date) => date.Length switch
    {
        0 or 10 => 1,
        7 => 31,
        _ => 366,
    };

    private static bool TryLatLon(string text, out double lat, out double lon)
    {
        lat = lon = 0;
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        return comma > 0
            && double.TryParse(text.AsSpan(0, comma).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out lat)
            && double.TryParse(text.AsSpan(comma + 1).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out lon)
            && lat is >= -90 and <= 90 && lon is >= -180 and <= 180;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
