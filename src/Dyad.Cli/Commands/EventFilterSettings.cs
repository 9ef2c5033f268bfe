using System.ComponentModel;
using System.Globalization;
using Dyad.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary>The filters over stored events shared by <c>dyad events</c> and <c>dyad export</c>.</summary>
internal class EventFilterSettings : StoreReadSettings
{
    [CommandOption("--from <DATE>")]
    [Description("First day, YYYY-MM-DD.")]
    public string? From { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Last day, YYYY-MM-DD.")]
    public string? To { get; init; }

    [CommandOption("--source <CODE>")]
    [Description("Source actor: a country (PER) or the start of an actor code (PERGOV).")]
    public string? Source { get; init; }

    [CommandOption("--target <CODE>")]
    [Description("Target actor: a country (USA) or the start of an actor code (USAMIL).")]
    public string? Target { get; init; }

    [CommandOption("--actor <CODE>")]
    [Description("Either side: a country or the start of an actor code.")]
    public string? Actor { get; init; }

    [CommandOption("--code <CAMEO>")]
    [Description("CAMEO code or its start: 04 (the root), 043, 0431.")]
    public string? Code { get; init; }

    [CommandOption("--root <NN>")]
    [Description("CAMEO root category, 01 to 20.")]
    public string? Root { get; init; }

    [CommandOption("--quad <N>")]
    [Description("QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.")]
    public int? Quad { get; init; }

    [CommandOption("--text <WORDS>")]
    [Description("Words that must appear in a reporting sentence, an actor's name or the place.")]
    public string? Text { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        if (From is not null && ParseDay(From) is null)
        {
            return ValidationResult.Error($"--from takes a date as YYYY-MM-DD, not '{From}'");
        }

        if (To is not null && ParseDay(To) is null)
        {
            return ValidationResult.Error($"--to takes a date as YYYY-MM-DD, not '{To}'");
        }

        return ToQuery(null, 0).Validate() is { } problem ? ValidationResult.Error(problem) : ValidationResult.Success();
    }

    /// <summary>The query these options describe.</summary>
    public EventQuery ToQuery(int? limit, int offset) => new()
    {
        From = From is null ? null : ParseDay(From),
        To = To is null ? null : ParseDay(To),
        Source = Source,
        Target = Target,
        Actor = Actor,
        Code = Code,
        Root = Root,
        QuadClass = Quad,
        Text = Text,
        Limit = limit,
        Offset = offset,
    };

    private static DateOnly? ParseDay(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
