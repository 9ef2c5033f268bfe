using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Dyad.Domain;
using Dyad.Knowledge;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad knowledge lookup</c>: shows every meaning the knowledge files give a phrase, and the actor it makes.</summary>
internal sealed class KnowledgeLookupCommand : Command<KnowledgeLookupCommand.Settings>
{
    internal sealed class Settings : KnowledgeSettings
    {
        [CommandArgument(0, "<TEXT>")]
        [Description("A name or phrase, e.g. \"Peruvian President\", Lima, Panetta, \"the Pentagon\".")]
        public string[] Text { get; init; } = [];

        [CommandOption("--date <YYYY-MM-DD>")]
        [Description("Resolve office-holders as of this date (default: show every term).")]
        public string? Date { get; init; }

        [CommandOption("--json")]
        [Description("Print the result as JSON on stdout.")]
        public bool Json { get; init; }

        [CommandOption("--limit <N>")]
        [Description("Show at most N meanings per phrase (common city names have many).")]
        [DefaultValue(12)]
        public int Limit { get; init; } = 12;

        public override ValidationResult Validate() =>
            Date is not null && !DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? ValidationResult.Error($"--date '{Date}' is not a date like 2012-10-06")
                : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var load = settings.LoadKnowledge();
        if (load is null)
        {
            return Terminal.Fatal;
        }

        DateOnly? date = settings.Date is null ? null : DateOnly.ParseExact(settings.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = string.Join(' ', settings.Text);
        var result = PhraseLookup.Find(load.Base, text, date);
        if (settings.Json)
        {
            WriteJson(result, settings.Limit);
        }
        else
        {
            WriteTable(text, result, settings.Limit);
        }

        return result.Matches.Count > 0 ? Terminal.Ok : Terminal.SomeFailed;
    }

    private static void WriteTable(string text, LookupResult result, int limit)
    {
        if (result.Matches.Count == 0)
        {
            Terminal.Note($"nothing known about \"{text}\"");
            return;
        }

        var table = new Table().RoundedBorder().AddColumns("phrase", "kind", "meaning", "from");
        foreach (var match in result.Matches)
        {
            var first = true;
            foreach (var meaning in match.Meanings.Take(limit))
            {
                var (kind, what) = Describe(meaning);
                table.AddRow(first ? Markup.Escape(match.Text) : "", kind, Markup.Escape(what), Markup.Escape(meaning.Source.ToString()));
                first = false;
            }

            if (match.Meanings.Count > limit)
            {
                table.AddRow("", "", $"[grey]… {match.Meanings.Count - limit} more (--limit)[/]", "");
            }
        }

        AnsiConsole.Write(table);
        if (result.Actor is { } actor)
        {
            AnsiConsole.MarkupLine($"actor: [bold]{Markup.Escape(actor.Code)}[/] (country {actor.Country ?? "-"}, sector {actor.Sector ?? "-"}" +
                $"{(actor.KnownGroup is null ? "" : $", group {actor.KnownGroup}")}{(actor.Name is null ? "" : $", {Markup.Escape(actor.Name)}")})");
        }
    }

    private static (string Kind, string What) Describe(PhraseMeaning meaning) => meaning switch
    {
        CountryName c => (c.IsAdjective ? "country adjective" : "country", $"{c.Country.Code} {c.Country.Name}"),
        MetonymName m => ("metonym", $"{m.Country.Code}{m.Sector} ({m.Country.Name}{(m.Sector is null ? "" : $", sector {m.Sector}")})"),
        RegionName r => ("region", $"{r.Region.Code} {r.Region.Name}"),
        SectorWord s => (s.Term.IsTitle ? "sector title" : "sector", $"{s.Term.Sector} ({s.Term.Phrase})"),
        OrganisationName o => (o.Organisation.IsArmedGroup ? "armed group" : "organisation",
            $"{o.Organisation.Code}{(o.Organisation.Group is null ? "" : $" [{o.Organisation.Group}]")} {o.Organisation.Name}"),
        PersonName p => ("office-holder",
            $"{p.Person.Code} {p.Person.Name}, {p.Person.Office}, {p.Person.Start:yyyy-MM-dd} to {(p.Person.End is { } e ? e.ToString("yyyy-MM-dd") : "now")}"),
        CityName c => ("place",
            $"{c.City.Name}, {(c.City.Admin1 is null ? "" : c.City.Admin1 + ", ")}{c.City.Country} ({c.City.Latitude:0.####}, {c.City.Longitude:0.####})" +
            (c.City.Population > 0 ? $", pop. {c.City.Population:N0}" : "")),
        _ => ("?", meaning.ToString() ?? ""),
    };

    private static void WriteJson(LookupResult result, int limit)
    {
        using var stdout = Terminal.OpenData();
        using var w = new Utf8JsonWriter(stdout, JsonOutput.Indented);
        w.WriteStartObject();
        w.WriteStartArray("matches");
        foreach (var match in result.Matches)
        {
            w.WriteStartObject();
            w.WriteString("text", match.Text);
            w.WriteStartArray("meanings");
            foreach (var meaning in match.Meanings.Take(limit))
            {
                var (kind, what) = Describe(meaning);
                w.WriteStartObject();
                w.WriteString("kind", kind);
                w.WriteString("meaning", what);
                w.WriteString("source", meaning.Source.ToString());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (result.Actor is { } actor)
        {
            w.WriteStartObject("actor");
            w.WriteString("code", actor.Code);
            w.WriteString("country", actor.Country);
            w.WriteString("sector", actor.Sector);
            w.WriteString("known_group", actor.KnownGroup);
            w.WriteString("name", actor.Name);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("actor");
        }

        w.WriteEndObject();
        w.Flush();
        stdout.WriteByte((byte)'\n');
    }
}
