using System.Globalization;

namespace Dyad.Tests.Store;

/// <summary>Writes a folder of short wire stories (written for these tests) for ingest runs.</summary>
public static class StoryFolder
{
    private static readonly (string Adjective, string Capital, string Country)[] Countries =
    [
        ("Peruvian", "Lima", "Peru"), ("Chilean", "Santiago", "Chile"), ("Kenyan", "Nairobi", "Kenya"),
        ("Polish", "Warsaw", "Poland"), ("Japanese", "Tokyo", "Japan"), ("Egyptian", "Cairo", "Egypt"),
    ];

    /// <summary>
    /// <paramref name="count"/> stories; every third repeats the meeting of the story before it (as a second wire
    /// would), so merged events with several reports appear.
    /// </summary>
    public static string Write(TempFolder folder, int count, string name = "stories")
    {
        for (var i = 0; i < count; i++)
        {
            var n = i % 3 == 2 ? i - 1 : i;
            var a = Countries[n % Countries.Length];
            var b = Countries[((n / Countries.Length) + 1 + n) % Countries.Length];
            if (a == b)
            {
                b = Countries[(Array.IndexOf(Countries, a) + 1) % Countries.Length];
            }

            var day = new DateTime(2015, 1, 1).AddDays(n / 2);
            var wire = i % 3 == 2 ? "Second Wire" : "First Wire";
            var text = $"""
                {a.Country} and {b.Country} hold talks {n}
                {wire}
                Posted: {day.ToString("MMM dd, yyyy", CultureInfo.InvariantCulture)} 9:15 AM

                {a.Capital.ToUpperInvariant()} ({wire}) - The {a.Adjective} foreign minister met {b.Adjective} officials in {a.Capital} on Tuesday to discuss trade and border crossings, story {i}.

                The two governments agreed to hold another round of talks next month.

                {(i % 2 == 0 ? $"{a.Adjective} police arrested twelve protesters outside the {b.Adjective} embassy." : $"Opposition leaders in {a.Country} criticised the government over the talks.")}
                """;
            folder.Write(Path.Combine(name, $"story-{i:D4}.txt"), text);
        }

        return Path.Combine(folder.Path, name);
    }
}
