"""Checks the fake Stigg API of the tests against Stigg's official Python SDK.

The fake (cli/tests/cli/fake_stigg.rs, run as the example `fake-stigg`)
stands in for Stigg's REST API v1 in the sync's tests. This reads every page
of customers, subscriptions and plans through the SDK (`stigg` on PyPI,
generated from Stigg's OpenAPI spec) with strict response validation, so a
field the fake leaves out, or gives the wrong type, fails here as it would
fail Stigg's own client. It also checks the counts the tests rely on.

Run it with `make check-fake-stigg`, which installs the pinned SDK in a
virtualenv under target/ and builds the fake.
"""
import json
import subprocess
import sys

import stigg
from stigg.types.v1 import CustomerListResponse, PlanListResponse, SubscriptionListResponse

CUSTOMERS = 2000


def main(fake_command):
    fake = subprocess.Popen(fake_command + [str(CUSTOMERS)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        started = json.loads(fake.stdout.readline())
        client = stigg.Stigg(api_key=started["apiKey"], base_url=started["url"], _strict_response_validation=True, max_retries=0)
        counts = {}
        pages = {}
        for name, listing, model in [
            ("customers", client.v1.customers.list, CustomerListResponse),
            ("subscriptions", client.v1.subscriptions.list, SubscriptionListResponse),
            ("plans", client.v1.plans.list, PlanListResponse),
        ]:
            page = listing(limit=100)
            pages[name] = 0
            counts[name] = []
            while True:
                pages[name] += 1
                for item in page.data:
                    assert isinstance(item, model), f"{name}: {type(item)}"
                    counts[name].append(item)
                if not page.has_next_page():
                    break
                page = page.get_next_page()
        customers = counts["customers"]
        subscriptions = counts["subscriptions"]
        plans = counts["plans"]
        statuses = sorted({s.status for s in subscriptions})
        archived = sum(1 for c in customers if c.archived_at is not None)
        by_customer = {}
        for s in subscriptions:
            by_customer.setdefault(s.customer_id, []).append(s)
        with_two = sum(1 for subs in by_customer.values() if len(subs) == 2)
        without = len(customers) - len(by_customer)
        renamed = sum(1 for p in plans if p.display_name != p.id)
        trials = [s for s in subscriptions if s.status == "IN_TRIAL"]
        assert len(customers) == CUSTOMERS, len(customers)
        assert pages["customers"] >= 20, pages
        assert set(statuses) >= {"ACTIVE", "IN_TRIAL", "CANCELED", "EXPIRED", "PAYMENT_PENDING"}, statuses
        assert all(s.trial_end_date is not None for s in trials)
        assert archived > 0 and with_two > 0 and without > 0 and renamed == len(plans)
        one = client.v1.subscriptions.list(customer_id="customer-000002", limit=100)
        assert [s.customer_id for s in one.data] == ["customer-000002"] * len(one.data) and len(one.data) == 2
        print(
            f"stigg {stigg.__version__}: the fake's answers parse with strict validation: "
            f"{len(customers)} customers in {pages['customers']} pages ({archived} archived, {without} without a subscription, "
            f"{with_two} with two), {len(subscriptions)} subscriptions in {pages['subscriptions']} pages (statuses {', '.join(statuses)}), "
            f"{len(plans)} plans, every display name differing from its id"
        )
        try:
            stigg.Stigg(api_key="server-wrong", base_url=started["url"], max_retries=0).v1.customers.list(limit=1)
            raise AssertionError("a wrong key was accepted")
        except stigg.AuthenticationError as err:
            print(f"a wrong key: {type(err).__name__} (HTTP {err.status_code}), as from Stigg")
    finally:
        fake.stdin.close()
        fake.wait(timeout=10)


if __name__ == "__main__":
    main(sys.argv[1:])
