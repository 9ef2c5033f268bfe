namespace Dyad.Domain;

/// <summary>One news report as read from its source: header fields parsed out, body text kept verbatim.</summary>
/// <param name="Id">Stable identifier: the source's own id, else a hash of the normalised body text.</param>
/// <param name="Text">The body, from the dateline on; every character span Dyad reports indexes into it.</param>
/// <param name="Published">Publication time as the source wrote it (no time zone is assumed).</param>
/// <param name="Dateline">The dateline place ("Lima" for <c>LIMA (Reuters) -</c>), if any.</param>
/// <param name="Wire">The wire service named in the dateline ("Reuters"), if any.</param>
/// <param name="Origin">Where it was read from: a file path, with <c>:line</c> for JSON lines, or <c>-</c> for stdin.</param>
public sealed record Article(
    string Id,
    string Text,
    string? Title = null,
    string? Source = null,
    string? Byline = null,
    DateTime? Published = null,
    string? Dateline = null,
    string? Wire = null,
    string? Url = null,
    string? Origin = null);
