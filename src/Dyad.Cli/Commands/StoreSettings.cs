using System.ComponentModel;
using Dyad.Knowledge;
using Dyad.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary>The <c>--db</c> option of commands that use the store.</summary>
internal interface IStoreOption
{
    /// <summary>The raw <c>--db</c> value.</summary>
    string? Db { get; }
}

/// <summary>Helpers shared by store commands.</summary>
internal static class StoreOption
{
    public const string Description =
        "The store: a DuckDB file (default dyad.duckdb in this folder) or PostgreSQL as postgres://user:password@host:port/database.";

    /// <summary>Checks that <c>--db</c> can be read.</summary>
    public static ValidationResult Validate(IStoreOption settings)
    {
        try
        {
            StoreTarget.Parse(settings.Db);
            return ValidationResult.Success();
        }
        catch (ArgumentException e)
        {
            return ValidationResult.Error(e.Message);
        }
    }

    /// <summary>
    /// Opens the store named by <c>--db</c>, creating it only for <paramref name="create"/> (ingest); failures surface
    /// as one-line <see cref="StoreException"/>s.
    /// </summary>
    public static EventStore Open(IStoreOption settings, bool create = false) => EventStore.Open(StoreTarget.Parse(settings.Db), create);

    /// <summary>The fingerprint of the knowledge the settings load.</summary>
    public static string KnowledgeVersionOf(KnowledgeSettings settings) => settings.Knowledge is null
        ? KnowledgeVersion.Of(KnowledgeLoader.BuiltInRoot)
        : KnowledgeVersion.Of(KnowledgeLoader.BuiltInRoot, settings.Knowledge);
}

/// <summary>Options of commands that only read the store.</summary>
internal class StoreReadSettings : CommonSettings, IStoreOption
{
    [CommandOption("--db <DB>")]
    [Description(StoreOption.Description)]
    public string? Db { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate() => StoreOption.Validate(this);
}
