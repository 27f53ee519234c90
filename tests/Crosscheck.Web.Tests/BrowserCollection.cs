namespace Crosscheck.Web.Tests;

/// <summary>One app and one browser for every browser test class.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}
