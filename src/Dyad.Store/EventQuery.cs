using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Dyad.Store;

/// <summary>
/// Filters over stored events, shared by <c>dyad events</c>, <c>dyad export</c> and the API. Actor filters take a
/// country (<c>PER</c>) or a longer actor code prefix (<c>PERGOV</c>); <see cref="Code"/> takes a CAMEO code or prefix.
/// </summary>
public sealed partial record EventQuery
{
    /// <summary>First day included.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day included.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Source actor: country code or actor-code prefix.</summary>
    public string? Source { get; init; }

    /// <summary>Target actor: country code or actor-code prefix.</summary>
    public string? Target { get; init; }

    /// <summary>Either side: country code or actor-code prefix.</summary>
    public string? Actor { get; init; }

    /// <summary>CAMEO code, matched as a prefix (<c>04</c> is the whole root, <c>043</c> that code and its children).</summary>
    public string? Code { get; init; }

    /// <summary>CAMEO root (two digits).</summary>
    public string? Root { get; init; }

    /// <summary>QuadClass 1–4.</summary>
    public int? QuadClass { get; init; }

    /// <summary>Words that must occur (case-insensitively) in the event's sentence or actor names.</summary>
    public string? Text { get; init; }

    /// <summary>Most rows returned (null: all).</summary>
    public int? Limit { get; init; }

    /// <summary>Rows skipped before the first returned.</summary>
    public int Offset { get; init; }

    /// <summary>Checks the values; returns a message naming the bad one, or null.</summary>
    public string? Validate()
    {
        foreach (var (name, value) in new[] { ("source", Source), ("target", Target), ("actor", Actor) })
        {
            if (value is not null && !ActorPattern().IsMatch(value))
            {
                return $"--{name} takes a country or actor code such as PER or PERGOV (3 to 15 letters), not '{value}'";
            }
        }

        if (Code is not null && !CodePattern().IsMatch(Code))
        {
            return $"--code takes a CAMEO code of 2 to 4 digits such as 04 or 043, not '{Code}'";
        }

        if (Root is not null && !RootPattern().IsMatch(Root))
        {
            return $"--root takes two digits from 01 to 20, not '{Root}'";
        }

        if (QuadClass is not null and not (>= 1 and <= 4))
        {
            return $"--quad takes 1 (verbal cooperation) to 4 (material conflict), not {QuadClass}";
        }

        if (From is { } from && To is { } to && from > to)
        {
            return $"--from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}";
        }

        if (Text is { Length: > 200 })
        {
            return "--text is limited to 200 characters";
        }

        return Limit is < 0 ? "--limit cannot be negative" : Offset < 0 ? "--offset cannot be negative" : null;
    }

    /// <summary>
    /// The WHERE clause (with leading <c>WHERE</c>, or empty) and its positional parameter values, numbered after
    /// <paramref name="before"/> parameters the caller already uses.
    /// </summary>
    internal (string Where, List<object?> Values) ToSql(int before = 0)
    {
        var where = new StringBuilder();
        var values = new List<object?>();

        void Add(string condition, params object?[] parameters)
        {
            var text = condition;
            for (var i = 0; i < parameters.Length; i++)
            {
                values.Add(parameters[i]);
                text = text.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", "$" + (before + values.Count).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }

            where.Append(where.Length == 0 ? "WHERE " : " AND ").Append(text);
        }

        if (From is { } from)
        {
            Add("day >= {0}", from);
        }

        if (To is { } to)
        {
            Add("day <= {0}", to);
        }

        if (Source is { } source)
        {
            Add(ActorCondition("source", source), ActorValue(source));
        }

        if (Target is { } target)
        {
            Add(ActorCondition("target", target), ActorValue(target));
        }

        if (Actor is { } actor)
        {
            Add($"({ActorCondition("source", actor)} OR {ActorCondition("target", actor)})", ActorValue(actor));
        }

        if (Code is { } code)
        {
            Add(code.Length == 2 ? "root = {0}" : "(cameo = {0} OR cameo LIKE {1})", code, code + "%");
        }

        if (Root is { } root)
        {
            Add("root = {0}", root);
        }

        if (QuadClass is { } quad)
        {
            Add("quad_class = {0}", quad);
        }

        if (Text is { } text && text.Trim().Length > 0)
        {
            var like = "%" + text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            Add(
                """
                (sentence ILIKE {0} ESCAPE '\' OR source_name ILIKE {0} ESCAPE '\' OR target_name ILIKE {0} ESCAPE '\'
                 OR place_name ILIKE {0} ESCAPE '\'
                 OR EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.id AND m.sentence ILIKE {0} ESCAPE '\'))
                """,
                like);
        }

        return (where.ToString(), values);
    }

    // A three-letter value names a country; a longer one is a prefix of the whole actor code.
    private static string ActorCondition(string side, string value) =>
        value.Length == 3 ? $"{side}_country = {{0}}" : $"{side}_code LIKE {{0}}";

    private static string ActorValue(string value) =>
        value.Length == 3 ? value.ToUpperInvariant() : value.ToUpperInvariant() + "%";

    [GeneratedRegex("^[A-Za-z]{3,15}$")]
    private static partial Regex ActorPattern();

    [GeneratedRegex("^[0-9]{2,4}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^(0[1-9]|1[0-9]|20)$")]
    private static partial Regex RootPattern();
}
