using Dyad.Ingest;

namespace Dyad.Tests.Ingest;

public class NewsDateTests
{
    [Theory]
    [InlineData("Oct 06, 2012 2:38 PM", 2012, 10, 6, 14, 38)]
    [InlineData("March 3, 2014", 2014, 3, 3, 0, 0)]
    [InlineData("2020-07-01", 2020, 7, 1, 0, 0)]
    [InlineData("2020-07-01T18:30:00Z", 2020, 7, 1, 18, 30)]
    [InlineData("Tue, 05 Apr 2016 08:15:00 GMT", 2016, 4, 5, 8, 15)]
    [InlineData("26-FEB-1987 15:01:01.79", 1987, 2, 26, 15, 1)]
    public void News_date_formats_are_read(string text, int y, int m, int d, int h, int min)
    {
        Assert.True(NewsDate.TryParse(text, out var value, out var why), why);
        Assert.Equal(new DateTime(y, m, d, h, min, value.Second, value.Millisecond), value);
    }

    [Theory]
    [InlineData("2012-13-45")]
    [InlineData("Feb 30, 2015")]
    [InlineData("1066-10-14")]
    [InlineData("2999-01-01")]
    [InlineData("next Tuesday")]
    [InlineData("")]
    public void Dates_that_make_no_sense_are_refused_with_a_reason(string text)
    {
        Assert.False(NewsDate.TryParse(text, out _, out var why));
        Assert.False(string.IsNullOrEmpty(why));
    }
}
