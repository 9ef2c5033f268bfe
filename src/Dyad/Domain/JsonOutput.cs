using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dyad.Domain;

/// <summary>
/// Writer options for everything Dyad prints as JSON: non-ASCII text stays readable ("Bogotá", not
/// "Bogot\u00E1"); the output is never embedded in HTML, so the relaxed encoder is safe here.
/// </summary>
public static class JsonOutput
{
    /// <summary>One object per line.</summary>
    public static JsonWriterOptions Lines { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Indented, for reports a person reads.</summary>
    public static JsonWriterOptions Indented { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };
}
