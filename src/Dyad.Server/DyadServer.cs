namespace Dyad.Server;

/// <summary>Placeholder replaced by the API in the next commit.</summary>
internal static class DyadServer;
