using DrAudit.Core.Model.Definition;
using DrAudit.Core.RestoreOrder;

namespace DrAudit.Core.Tests.RestoreOrder
{
    public class RestoreOrderResolverTests
    {
        private readonly ClientDefinition _definition = new ClientDefinition();

        private Component Add(string id, ComponentKind kind = ComponentKind.Server, params string[] dependsOn)
        {
            var component = new Component { Id = id, Name = id.ToUpperInvariant(), Kind = kind, DependsOn = dependsOn.ToList() };
            _definition.Components.Add(component);
            return component;
        }

        private Service Service(string[] components, string[]? restoreOrder = null)
        {
            var service = new Service { Id = "svc", Name = "Service", Tier = "critical", Components = components.ToList(), RestoreOrder = restoreOrder?.ToList() };
            _definition.Services.Add(service);
            return service;
        }

        [Fact]
        public void Derived_order_without_dependencies_follows_components_order()
        {
            Add("c"); Add("a"); Add("b");
            var analysis = RestoreOrderResolver.Analyse(_definition, Service(new[] { "b", "c", "a" }));
            Assert.Equal(new[] { "b", "c", "a" }, analysis.DerivedOrder);
            Assert.Equal(new[] { "b", "c", "a" }, analysis.Order);
            Assert.False(analysis.Documented);
            Assert.False(analysis.Consistent);
            Assert.Empty(analysis.Problems);
        }

        [Fact]
        public void Derived_order_puts_dependencies_first_and_breaks_ties_by_components_order()
        {
            Add("app", dependsOn: new[] { "db", "idp" });
            Add("db", dependsOn: new[] { "idp" });
            Add("idp", ComponentKind.Identity);
            Add("fw", ComponentKind.Network);
            Add("licence", ComponentKind.Licence);
            var analysis = RestoreOrderResolver.Analyse(_definition, Service(new[] { "app", "licence", "db", "fw", "idp" }));
            // licence, fw and idp are free; licence is written first. After idp, db becomes ready, then app.
            Assert.Equal(new[] { "licence", "fw", "idp", "db", "app" }, analysis.DerivedOrder);
            Assert.True(analysis.HasIdentityComponent);
        }

        [Fact]
        public void Dependencies_count_through_components_outside_the_service()
        {
            Add("app", dependsOn: new[] { "middleware" });
            Add("middleware", dependsOn: new[] { "db" });   // not in the service
            Add("db");
            var service = Service(new[] { "app", "db" });
            var analysis = RestoreOrderResolver.Analyse(_definition, service);
            Assert.Equal(new[] { "db", "app" }, analysis.DerivedOrder);
            Assert.False(analysis.HasIdentityComponent);

            service.RestoreOrder = new List<string> { "app", "db" };
            var documented = RestoreOrderResolver.Analyse(_definition, service);
            Assert.Equal(new[] { "app is placed before db, which it depends on." }, documented.Problems);
            Assert.False(documented.Consistent);
            Assert.Equal(new[] { "app", "db" }, documented.Order);
            Assert.Equal(new[] { "db", "app" }, documented.DerivedOrder);
        }

        [Fact]
        public void Consistent_documented_order_has_no_problems()
        {
            Add("app", dependsOn: new[] { "db" });
            Add("db");
            Add("fw");
            var analysis = RestoreOrderResolver.Analyse(_definition, Service(new[] { "app", "db", "fw" }, new[] { "fw", "db", "app" }));
            Assert.True(analysis.Documented);
            Assert.True(analysis.Consistent);
            Assert.Empty(analysis.Problems);
            Assert.Equal(new[] { "fw", "db", "app" }, analysis.Order);
        }

        [Fact]
        public void Missing_component_is_a_problem_and_dependencies_through_it_still_count()
        {
            Add("app", dependsOn: new[] { "mid" });
            Add("mid", dependsOn: new[] { "db" });
            Add("db");
            var analysis = RestoreOrderResolver.Analyse(_definition, Service(new[] { "app", "mid", "db" }, new[] { "app", "db" }));
            Assert.Equal(new[]
            {
                "mid is a component of the service but is missing from restoreOrder.",
                "app is placed before db, which it depends on.",
            }, analysis.Problems);
        }

        [Fact]
        public void Repeated_component_is_a_problem()
        {
            Add("a"); Add("b");
            var analysis = RestoreOrderResolver.Analyse(_definition, Service(new[] { "a", "b" }, new[] { "a", "b", "a" }));
            Assert.Equal(new[] { "a appears 2 times in restoreOrder; each component must appear once." }, analysis.Problems);
            Assert.False(analysis.Consistent);
        }

        [Fact]
        public void Component_not_in_the_service_is_a_problem()
        {
            Add("a"); Add("b"); Add("other");
            var analysis = RestoreOrderResolver.Analyse(_definition, Service(new[] { "a", "b" }, new[] { "a", "other", "b" }));
            Assert.Equal(new[] { "other is in restoreOrder but is not a component of the service." }, analysis.Problems);
        }

        [Fact]
        public void Cycles_are_found_and_derivation_still_places_every_component()
        {
            Add("a", dependsOn: new[] { "b" });
            Add("b", dependsOn: new[] { "c" });
            Add("c", dependsOn: new[] { "a" });
            Add("self", dependsOn: new[] { "self" });
            Add("free", dependsOn: new[] { "a" });
            var cycles = RestoreOrderResolver.FindCycles(_definition);
            Assert.Equal(2, cycles.Count);
            Assert.Equal(new[] { "a", "b", "c" }, cycles[0]);
            Assert.Equal(new[] { "self" }, cycles[1]);

            var analysis = RestoreOrderResolver.Analyse(_definition, Service(new[] { "free", "a", "b", "c", "self" }));
            // self is free at once; then only cycles remain: walking from free reaches a, b, c, a, so a is placed,
            // which frees free (written first) and c, then b.
            Assert.Equal(new[] { "self", "a", "free", "c", "b" }, analysis.DerivedOrder);
        }

        [Fact]
        public void No_cycles_in_an_acyclic_graph()
        {
            Add("a", dependsOn: new[] { "b", "unknown" });
            Add("b");
            Assert.Empty(RestoreOrderResolver.FindCycles(_definition));
        }

        [Fact]
        public void Long_chain_does_not_overflow_and_is_ordered()
        {
            const int n = 5000;
            for (int i = 0; i < n; i++) Add("c" + i, dependsOn: i + 1 < n ? new[] { "c" + (i + 1) } : Array.Empty<string>());
            var ids = _definition.Components.Select(c => c.Id).ToArray();
            Assert.Empty(RestoreOrderResolver.FindCycles(_definition));
            var analysis = RestoreOrderResolver.Analyse(_definition, Service(ids));
            Assert.Equal(ids.Reverse(), analysis.DerivedOrder);
        }

        [Fact]
        public void Steps_describe_each_position()
        {
            Add("app", ComponentKind.FileShare, "idp");
            Add("idp", ComponentKind.Identity);
            var steps = RestoreOrderResolver.Steps(_definition, Service(new[] { "app", "idp" }));
            Assert.Equal(2, steps.Count);
            Assert.Equal("idp", steps[0].ComponentId);
            Assert.Equal(1, steps[0].Position);
            Assert.Equal("identity", steps[0].Kind);
            Assert.Equal("svc", steps[1].Service);
            Assert.Equal(2, steps[1].Position);
            Assert.Equal("APP", steps[1].ComponentName);
            Assert.Equal("file-share", steps[1].Kind);
            Assert.Equal(new[] { "idp" }, steps[1].DependsOn);
            Assert.All(steps, s => Assert.False(s.Documented));
        }
    }
}
