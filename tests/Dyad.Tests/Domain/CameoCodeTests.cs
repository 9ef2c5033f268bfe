using Dyad.Domain;

namespace Dyad.Tests.Domain;

public class CameoCodeTests
{
    [Theory]
    [InlineData("043", "04", 1)]
    [InlineData("057", "05", 1)]
    [InlineData("0311", "03", 1)]
    [InlineData("061", "06", 2)]
    [InlineData("0874", "08", 2)]
    [InlineData("112", "11", 3)]
    [InlineData("138", "13", 3)]
    [InlineData("145", "14", 3)]
    [InlineData("173", "17", 4)]
    [InlineData("193", "19", 4)]
    [InlineData("2042", "20", 4)]
    public void Root_and_quad_class_follow_from_the_code(string code, string root, int quad)
    {
        var c = new CameoCode(code);

        Assert.Equal(root, c.Root);
        Assert.Equal(quad, c.QuadClass);
    }

    [Theory]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("00")]
    [InlineData("21")]
    [InlineData("04a")]
    [InlineData("04311")]
    public void Malformed_codes_are_refused(string code) =>
        Assert.Throws<ArgumentException>(() => new CameoCode(code));
}
