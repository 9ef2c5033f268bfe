namespace Dyad.Tests;

/// <summary>A temporary folder for one test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dyad-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string text)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Paths of the sample files shipped with the tests.</summary>
public static class Samples
{
    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "Samples");

    public static string Articles => System.IO.Path.Combine(Folder, "articles");

    public static string Article(string relative) => System.IO.Path.Combine(Articles, relative);

    /// <summary>The repository's shared folder beside the project (seed story, corpora), found from the test binary.</summary>
    public static string? Shared
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "..", "shared");
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Dyad.sln")) && Directory.Exists(candidate))
                {
                    return System.IO.Path.GetFullPath(candidate);
                }
            }

            return null;
        }
    }
}
