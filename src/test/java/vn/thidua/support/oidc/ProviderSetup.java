package vn.thidua.support.oidc;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.support.OidcProvider.Person;

/** What one test provider knows: its one client and its people. */
public record ProviderSetup(String clientId, String clientSecret, String redirectUri, List<Person> people) {

    public ProviderSetup {
        people = List.copyOf(people);
    }

    public Map<String, Person> byUsername() {
        return people.stream().collect(Collectors.toMap(Person::username, Function.identity()));
    }
}
