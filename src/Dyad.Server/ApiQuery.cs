using System.Globalization;
using Dyad.Store;
using Microsoft.AspNetCore.Http;

namespace Dyad.Server;

/// <summary>
/// Reads and checks the query string of an API call: the event filters, paging and interval. Every problem is
/// collected per parameter so that one 400 answer lists them all.
/// </summary>
internal sealed class ApiQuery(IQueryCollection query)
{
    public Dictionary<string, string[]> Errors { get; } = [];

    public bool Valid => Errors.Count == 0;

    /// <summary>The event filters (<c>from, to, source, target, actor, code, root, quad, text</c>) with paging.</summary>
    public EventQuery Filters(int? limit = null, int offset = 0)
    {
        var q = new EventQuery
        {
            From = Day("from"),
            To = Day("to"),
            Source = Text("source"),
            Target = Text("target"),
            Actor = Text("actor"),
            Code = Text("code"),
            Root = Text("root"),
            QuadClass = Number("quad", 1, 4),
            Text = Text("text"),
            Limit = limit,
            Offset = offset,
        };
        if (Valid && q.Validate() is { } problem)
        {
            // EventQuery names CLI options (--source); the API names parameters.
            var name = problem.Split(' ')[0].TrimStart('-');
            Add(name, problem.Replace("--", "", StringComparison.Ordinal));
        }

        return q;
    }

    /// <summary>An integer parameter within bounds, or null when absent.</summary>
    public int? Number(string name, int min, int max)
    {
        if (Text(name) is not { } value)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            Add(name, $"{name} must be a whole number from {min} to {max}");
            return null;
        }

        return n;
    }

    /// <summary>The <c>interval</c> parameter: day, week or month (default month).</summary>
    public Interval Interval() => Text("interval") switch
    {
        null or "month" => Store.Interval.Month,
        "week" => Store.Interval.Week,
        "day" => Store.Interval.Day,
        _ => Fail("interval", "interval is day, week or month"),
    };

    /// <summary>A country code parameter (three letters), or null when absent.</summary>
    public string? Country(string name)
    {
        var value = Text(name);
        if (value is not null && (value.Length != 3 || !value.All(char.IsAsciiLetter)))
        {
            Add(name, $"{name} is a three-letter country code such as PER");
            return null;
        }

        return value?.ToUpperInvariant();
    }

    /// <summary>A parameter's value, trimmed; null when absent or empty; refused when repeated or over 200 characters.</summary>
    public string? Text(string name)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0 || string.IsNullOrWhiteSpace(values[0]))
        {
            return null;
        }

        if (values.Count > 1)
        {
            Add(name, $"{name} is given {values.Count} times; give it once");
            return null;
        }

        var value = values[0]!.Trim();
        if (value.Length > 200)
        {
            Add(name, $"{name} is limited to 200 characters");
            return null;
        }

        return value;
    }

    public void Add(string name, string message) => Errors[name] = [.. Errors.GetValueOrDefault(name) ?? [], message];

    private DateOnly? Day(string name)
    {
        if (Text(name) is not { } value)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day.Year is < 1800 or > 2200)
        {
            Add(name, $"{name} must be a date as YYYY-MM-DD between 1800 and 2200, not '{value}'");
            return null;
        }

        return day;
    }

    private Interval Fail(string name, string message)
    {
        Add(name, message);
        return Store.Interval.Month;
    }
}
