using System.IO.Compression;

namespace Dyad.Text;

/// <summary>Reads and writes the compressed model files under <c>models/</c>; errors name the file.</summary>
public static class ModelFile
{
    /// <summary>Writes a model through gzip to <paramref name="path"/> (via a temporary file, so a failed write never leaves half a model).</summary>
    public static void Save(string path, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var buffered = new BufferedStream(gzip, 1 << 16))
        {
            write(buffered);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Writes the magic string and version every model part opens with.</summary>
    public static void WriteHeader(BinaryWriter writer, string magic, int version)
    {
        writer.Write(magic);
        writer.Write(version);
    }

    /// <summary>Checks the header written by <see cref="WriteHeader"/>; anything else throws, naming <paramref name="what"/>.</summary>
    public static void ReadHeader(BinaryReader reader, string magic, int version, string what)
    {
        if (reader.ReadString() != magic || reader.ReadInt32() != version)
        {
            throw new InvalidDataException($"not a Dyad {what} (or a different version)");
        }
    }

    /// <summary>Reads a model from <paramref name="path"/>; a missing, foreign or corrupt file throws <see cref="InvalidDataException"/> naming it.</summary>
    public static T Load<T>(string path, Func<Stream, T> read)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: model file not found (rebuild it with `dyad train`, see models/README.md)");
        }

        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var buffered = new BufferedStream(gzip, 1 << 16);
            return read(buffered);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }
}
