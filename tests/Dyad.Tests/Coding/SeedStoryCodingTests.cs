using Dyad.Domain;
using Dyad.Ingest;

namespace Dyad.Tests.Coding;

/// <summary>
/// The acceptance test of the event coder: the wire story Dyad was started from, read from ../shared/seed (never
/// copied into the project), yields the six events a human coder finds in it and no conflict between the USA and Peru.
/// </summary>
public class SeedStoryCodingTests
{
    private static readonly Lazy<IReadOnlyList<Event>> Events = new(() =>
    {
        var seed = Samples.Shared ?? throw new InvalidOperationException("../shared is not beside the repository");
        var article = new ArticleReader().Read([Path.Combine(seed, "seed")]).OfType<ArticleRead>().Single().Article;
        return BuiltInCoder.Coder.Code(article);
    });

    private static readonly DateOnly Saturday = new(2012, 10, 6);

    private static string All => BuiltInCoder.Show(Events.Value);

    [Fact]
    public void The_United_States_and_Peru_agree_to_update_their_defence_agreement_both_ways()
    {
        foreach (var (source, target) in new[] { ("USA", "PER"), ("PER", "USA") })
        {
            Assert.True(
                Events.Value.Any(e => e.Source.Country == source && e.Target?.Country == target && e.Code.Root is "03" or "05" or "06" && e.Date == Saturday),
                $"no {source}→{target} cooperation on Saturday in: {All}");
        }
    }

    [Fact]
    public void Panetta_meets_Humala_on_Saturday()
    {
        Assert.Contains(Events.Value, e => e.Source.Code == "USAGOV" && e.Source.Name == "Leon Panetta"
            && e.Target?.Code == "PERGOV" && e.Target.Name == "Ollanta Humala" && e.Code.Root == "04" && e.Date == Saturday);
    }

    [Fact]
    public void Humala_vows_to_stamp_out_the_Shining_Path()
    {
        Assert.True(
            Events.Value.Any(e => e.Source.Code == "PERGOV" && e.Target?.Code == "PERREB" && e.Code.Root == "13"),
            All);
    }

    [Fact]
    public void The_rebels_ambush_soldiers()
    {
        Assert.True(
            Events.Value.Any(e => e.Source.Code == "PERREB" && e.Target?.Code == "PERMIL" && e.Code.Root is "18" or "19"),
            All);
    }

    [Fact]
    public void The_government_arrests_rebels()
    {
        Assert.True(
            Events.Value.Any(e => e.Source.Code == "PERGOV" && e.Target?.Code == "PERREB" && e.Code.Root == "17"),
            All);
    }

    [Fact]
    public void Panetta_pledges_assistance_to_Peru()
    {
        Assert.True(
            Events.Value.Any(e => e.Source.Country == "USA" && e.Target?.Country == "PER" && e.Code.Root == "03" && e.Quote is not null),
            All);
    }

    [Fact]
    public void There_is_no_conflict_between_the_United_States_and_Peru()
    {
        var conflict = Events.Value.Where(e => e.Code.QuadClass >= 3
            && ((e.Source.Country == "USA" && e.Target?.Country == "PER") || (e.Source.Country == "PER" && e.Target?.Country == "USA")));

        Assert.Empty(conflict);
    }

    [Fact]
    public void Events_are_placed_in_Lima_with_coordinates()
    {
        var meeting = Events.Value.First(e => e.Code.Root == "04");

        Assert.Equal("Lima", meeting.Location?.Name);
        Assert.Equal(-12.04, meeting.Location!.Latitude, 1);
        Assert.Equal(-77.03, meeting.Location.Longitude, 1);
    }
}
