using System.ComponentModel;
using Dyad.Knowledge;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad knowledge import-geonames</c>: regenerates the gazetteer table from GeoNames files.</summary>
internal sealed class ImportGeoNamesCommand : Command<ImportGeoNamesCommand.Settings>
{
    internal sealed class Settings : CommonSettings
    {
        [CommandOption("--geonames <DIR>")]
        [Description("Folder with cities15000.txt, countryInfo.tsv and admin1-regions.tsv.")]
        public string GeoNames { get; init; } = "";

        [CommandOption("--out <FILE>")]
        [Description("Where to write the table.")]
        [DefaultValue("knowledge/places/cities.tsv")]
        public string Out { get; init; } = "knowledge/places/cities.tsv";

        public override ValidationResult Validate()
        {
            if (GeoNames.Length == 0)
            {
                return ValidationResult.Error("--geonames DIR is required");
            }

            foreach (var file in (string[])["cities15000.txt", "countryInfo.tsv", "admin1-regions.tsv"])
            {
                if (!File.Exists(Path.Combine(GeoNames, file)))
                {
                    return ValidationResult.Error($"{Path.Combine(GeoNames, file)}: no such file");
                }
            }

            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var temp = settings.Out + ".tmp";
        int written;
        using (var output = CityTable.CreateWriter(temp))
        {
            written = CityTable.ImportGeoNames(
                Path.Combine(settings.GeoNames, "cities15000.txt"),
                Path.Combine(settings.GeoNames, "countryInfo.tsv"),
                Path.Combine(settings.GeoNames, "admin1-regions.tsv"),
                output);
        }

        // Replace the table only once it is complete.
        File.Move(temp, settings.Out, overwrite: true);
        Terminal.Note($"wrote {written:N0} places to {settings.Out}");
        return Terminal.Ok;
    }
}
