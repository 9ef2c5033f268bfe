using System.Buffers;
using System.Text.Json;
using Dyad.Domain;
using Microsoft.AspNetCore.Http;

namespace Dyad.Server;

/// <summary>A JSON response written by hand with <see cref="Utf8JsonWriter"/>, so API objects have the same shape as <c>dyad</c>'s output.</summary>
internal static class JsonBody
{
    public static IResult Of(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer, JsonOutput.Lines))
        {
            write(w);
        }

        return Results.Bytes(buffer.WrittenMemory.ToArray(), "application/json; charset=utf-8");
    }

    public static void Time(Utf8JsonWriter w, string name, DateTime? time)
    {
        if (time is { } t)
        {
            w.WriteString(name, t.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
