using System.Security.Cryptography;
using System.Text;

namespace Dyad.Ingest;

/// <summary>Content-derived article identifiers, so that the same story read twice gets the same id.</summary>
public static class ArticleId
{
    /// <summary>16 hex digits of the SHA-256 of the text with whitespace runs collapsed and case folded.</summary>
    public static string FromText(string text)
    {
        var normalized = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = normalized.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                normalized.Append(' ');
                pendingSpace = false;
            }

            normalized.Append(char.ToLowerInvariant(c));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalized.ToString()));
        return Convert.ToHexStringLower(hash, 0, 8);
    }
}
