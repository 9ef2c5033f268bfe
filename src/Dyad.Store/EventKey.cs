using System.Globalization;
using Dyad.Domain;

namespace Dyad.Store;

/// <summary>
/// The identity under which reports of one happening are merged, as GDELT merges them: the same day, source actor,
/// target actor, CAMEO code and place.
/// </summary>
public static class EventKey
{
    /// <summary>The key of <paramref name="e"/>, e.g. <c>2012-10-06|USAGOV|PERGOV|043|Lima/PER</c>.</summary>
    public static string Of(Event e)
    {
        var day = e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
        var place = e.Location is { } p ? $"{p.Name}/{p.Country}" : "-";
        return $"{day}|{e.Source.Code}|{e.Target?.Code ?? "-"}|{e.Code.Value}|{place}";
    }
}
