namespace Dyad.Ingest;

/// <summary>Human-readable sizes for messages.</summary>
internal static class Units
{
    public static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";
}
