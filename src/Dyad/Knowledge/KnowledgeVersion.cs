using System.Security.Cryptography;
using System.Text;

namespace Dyad.Knowledge;

/// <summary>
/// A short fingerprint of the knowledge files (built-in tree plus overlays): the store records it with every article
/// so that <c>dyad recode</c> knows which articles were coded with other files.
/// </summary>
public static class KnowledgeVersion
{
    /// <summary>12 hex digits of SHA-256 over every file's relative path and bytes, in ordinal path order.</summary>
    public static string Of(string root, params IReadOnlyList<string> overlays)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var folder in (IEnumerable<string>)[root, .. overlays])
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            hash.AppendData(Encoding.UTF8.GetBytes("\0layer\0"));
            foreach (var file in files)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file).Replace('\\', '/') + "\0"));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset(), 0, 6);
    }
}
