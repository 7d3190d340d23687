<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AbnormalOrderRow</name>
    <message>
        <source>Order #%1 of user %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open saga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saga of order #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>SagaShop Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SagaShop Admin — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storefront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the storefront window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertRow</name>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open saga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open saga %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed updates by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters, abnormal sagas and failed exports will appear here as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BooksBalanceIndicator</name>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the books now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartDrawer</name>
    <message>
        <source>Your cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cart is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out and pay %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartRow</name>
    <message>
        <source>%1, quantity %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>Charge balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much would you like to add to your balance (in won)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, e.g. 50000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge the amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargeValidator</name>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use whole won, digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put commas only between groups of three digits, like 50,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 per charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance is at its limit of %1; no more can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance can hold at most %1; you can add %2 more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing your order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we undid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckoutProgress</name>
    <message>
        <source>There is not enough stock for this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough stock for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order total is too large to be paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon could not be used: it has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon could not be used: it was already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon could not be used: it belongs to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon could not be used: it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon could not be used: the order total %1 is below its minimum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance %1 is less than the %2 to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment could not be taken from your balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was no longer open when the payment arrived, so everything is given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order needs an administrator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserving the stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the coupon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the amount from your balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved, %1 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order is confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompensationList</name>
    <message>
        <source>Undone steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything was undone; you were not charged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponCard</name>
    <message>
        <source>%1, %2, %3 of %4 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponText</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage discount&apos;s size, e.g. &quot;10%&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% off</source>
        <extracomment>A percentage discount, e.g. &quot;10% off&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off</source>
        <extracomment>A fixed discount, e.g. &quot;₩2,000 off&quot; (%1 is the formatted amount).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders from %1</source>
        <extracomment>The smallest order a coupon applies to, e.g. &quot;Orders from ₩30,000&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <extracomment>When a coupon stops applying; %1 is a localized date and time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponsPage</name>
    <message>
        <source>Claimed! You will find it under My coupons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon could not be claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim a coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First come, first served: each coupon has a limited number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupons are on offer right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no coupons yet. Claim one above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Operations dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout sagas, live: the last 5 minutes, rates and latency over the last 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live, updated every second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkouts / s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / s confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of finished sagas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of ended sagas, undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saga latency p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order placed to outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saga latency p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99 % finish within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sagas awaiting their outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkouts per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure and compensation rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%, sliding 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saga latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms, sliding 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue depth per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliveries waiting or in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sagas since opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sagas left unfollowed (too many in flight): no latency for them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadLetterDiscardDialog</name>
    <message>
        <source>Discard dead letters?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discarded event is never handled: whatever it should have done stays undone. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadLetterGroupCard</name>
    <message numerus="yes">
        <source>%1: %n dead letter(s), %2</source>
        <translation>
            <numerusform>%1: %n dead letter, %2</numerusform>
            <numerusform>%1: %n dead letters, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select every letter of this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n similar error(s))</source>
        <translation>
            <numerusform>%1 (and %n similar error)</numerusform>
            <numerusform>%1 (and %n similar errors)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First failure %1 · last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed again after a retry</source>
        <translation>
            <numerusform>%n failed again after a retry</numerusform>
            <numerusform>%n failed again after a retry</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the letters of this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the letters of this group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadLetterRow</name>
    <message>
        <source>Dead letter %1, %2 attempts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecodable message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %1 · last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saga …%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open saga %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry this dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this dead letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadLettersPage</name>
    <message>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n group(s)</source>
        <translation>
            <numerusform>in %n group</numerusform>
            <numerusform>in %n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Last action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry selected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard selected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard the %n selected dead letter(s)?</source>
        <translation>
            <numerusform>Discard the %n selected dead letter?</numerusform>
            <numerusform>Discard the %n selected dead letters?</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry all (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead-letter groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard all %n dead letter(s) of %1 that failed with this error?</source>
        <translation>
            <numerusform>Discard the %n dead letter of %1 that failed with this error?</numerusform>
            <numerusform>Discard all %n dead letters of %1 that failed with this error?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard this dead letter of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event was handled by its consumer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCard</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated shoppers and staged faults · round %1 · %2 since the start</source>
        <extracomment>%1 is the round of the fault timetable (1, 2, …), %2 the time since the demo started (&quot;2:13&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated checkouts per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the simulated shoppers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the simulated shoppers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Staged faults, every %n s</source>
        <translation>
            <numerusform>Staged faults, every %n s</numerusform>
            <numerusform>Staged faults, every %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: %1 in %n s</source>
        <extracomment>%1 is a staged fault (&quot;Dropped event&quot;); the count is the seconds until it fires.</extracomment>
        <translation>
            <numerusform>Next: %1 in %n s</numerusform>
            <numerusform>Next: %1 in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>No more staged faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A timetable entry: the time in the round (&quot;0:10&quot;) and the fault (&quot;Dropped event&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged so far (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing staged yet: the first fault comes in %n s.</source>
        <translation>
            <numerusform>Nothing staged yet: the first fault comes in %n s.</numerusform>
            <numerusform>Nothing staged yet: the first fault comes in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoFiredRow</name>
    <message>
        <source>Open saga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open saga %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultCard</name>
    <message>
        <source>Faults of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultChip</name>
    <message>
        <source>Remove the fault &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultsPage</name>
    <message>
        <source>Faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) with faults</source>
        <translation>
            <numerusform>%n service with faults</numerusform>
            <numerusform>%n services with faults</numerusform>
        </translation>
    </message>
    <message>
        <source>Every service runs normally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export endpoint down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every export fails now: each one is retried, then lands in the dead letters and raises an alert. Orders stay confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulates the data platform being unreachable (also when no export URL is configured). Switch it back on, then retry the dead letters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessDemo</name>
    <message>
        <source>SagaShop demo: simulated shoppers at %1 checkouts/s, staged faults every %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for %1 s (Ctrl+C ends it sooner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop and see the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkouts %1, confirmed %2, failed %3, compensated %4, repaired %5, dead letters %6, open %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the shoppers and waiting for every saga to end…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>한국어</source>
        <extracomment>The name of the Korean language in Korean; keep as is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>The name of the English language in English; keep as is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Set the administrator password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first start of the admin client. Choose the administrator&apos;s name and a password of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see sagas, dead letters and reconciliation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts left before a one-minute lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked for %1 s after %2 failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>SagaShop Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the administrator accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the demo…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkerDetailsPanel</name>
    <message>
        <source>Marker details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt failed, retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After its cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (the handling is the step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, or else %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>₩%1</source>
        <extracomment>An amount of Korean won: %1 is the grouped number, e.g. &quot;18,900원&quot; / &quot;₩18,900&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyCouponRow</name>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the steps of this order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Your orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopularProductList</name>
    <message>
        <source>%1 sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales in the last 3 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductCard</name>
    <message>
        <source>%1, %2, sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n in stock</source>
        <translation>
            <numerusform>%1, %2, %n in stock</numerusform>
            <numerusform>%1, %2, %n in stock</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n in stock</numerusform>
            <numerusform>%n in stock</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to cart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ Ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted ascending; switch to descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted descending; switch to ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popular (last 3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Number %1: %2, %n sold</source>
        <translation>
            <numerusform>Number %1: %2, %n sold</numerusform>
            <numerusform>Number %1: %2, %n sold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sold</source>
        <translation>
            <numerusform>%n sold</numerusform>
            <numerusform>%n sold</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sold in the last 3 days yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileRunRow</name>
    <message>
        <source>Run at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide what it did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what it did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hide %n action(s)</source>
        <translation>
            <numerusform>Hide %n action</numerusform>
            <numerusform>Hide %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n action(s)</source>
        <translation>
            <numerusform>Show %n action</numerusform>
            <numerusform>Show %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds sagas that stopped making progress and orders the services disagree about, re-delivers missing steps, restores what is still held, and marks what it cannot fix ABNORMAL. It also runs by itself at regular intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the reconciler now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last runs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet. Press “Run now”, or wait for the next automatic run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABNORMAL orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABNORMAL orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ABNORMAL orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetData</name>
    <message>
        <source>Delete every order, balance, coupon, saga and admin account in %1 and start fresh? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset SagaShop data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reset-data asks before deleting, and there is no terminal to ask on: add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to reset: %1 holds no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1 in %2: check the permissions, then run --reset-data again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s) from %1: SagaShop starts fresh.</source>
        <translation>
            <numerusform>Deleted %n item from %1: SagaShop starts fresh.</numerusform>
            <numerusform>Deleted %n items from %1: SagaShop starts fresh.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SagaActionBar</name>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-trigger missing step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensate this saga?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-trigger the missing steps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back, do nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SagaDetailPage</name>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SagaFilterBar</name>
    <message>
        <source>Order number, saga id, or u:&lt;user id&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sagas by order number, saga id or user (u:3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 sagas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SagaRow</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, started %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the timeline of this saga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensations %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SagaStatusBadge</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SagaStepList</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saga steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SagaTimelinePage</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● live, steps expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>markers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compensations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SagaTimelineView</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead letter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole saga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole saga (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markers at their time: waits show as gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every moment gets the same room, in order; the ruler keeps the times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry (attempt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SagasPage</name>
    <message>
        <source>Sagas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown, more below</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show for this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saga matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkout has started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all sagas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sagas…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedInArea</name>
    <message>
        <source>Sagas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepTracker</name>
    <message>
        <source>Checkout steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorefrontWindow</name>
    <message>
        <source>SagaShop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shopper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge your balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cart, %n item(s)</source>
        <translation>
            <numerusform>Cart, %n item</numerusform>
            <numerusform>Cart, %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>timeline of saga %1, from the saga log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 of %2 sagas completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed %1 of %2 sagas in %3 s: %4 sagas/s, %5 events/s, %6 commits/s, latency p50 %7 ms, p99 %8 ms; retries %9, dead letters %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saga log caught up %1 s later: %2 sagas/s end to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT, e.g. 127.0.0.1:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens: %1/api-token (shopper), %1/admin-token (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SagaShop: a storefront and admin client over an event-driven saga backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log what every service does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the HTTP API on HOST:PORT (default 127.0.0.1:8080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a non-loopback --listen address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopper bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST confirmed orders to this URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST alerts (Slack-compatible) to this URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite durability: normal (default) or full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display found: running headless (the HTTP API) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--synchronous must be normal or full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SagaShop bus self-test: %1 sagas through a chain of 7 stand-in services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the admin client (behind its login) instead of the storefront.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SagaShop demo on %1: the storefront and the admin client (signed in as &quot;%2&quot;), simulated shoppers at %3 checkouts/s, staged faults every %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without a window: the HTTP API, or the demo with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the demo: simulated shoppers and staged faults, with the storefront and the admin client side by side (on a fresh temporary data directory unless --data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: stop after &lt;s&gt; seconds and print the summary (default: until closed or Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: simulated checkouts per second, 0.1 to 50 (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the databases in &lt;dir&gt; (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask, then delete every database in the data directory and start fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --reset-data: do not ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the bus self-test: sagas through seven stand-in services, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --self-test: the number of sagas (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between reconciler runs (30; the demo: 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds without progress before a saga is stuck (10; the demo: 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration and --rate go with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chains goes with --self-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--self-test runs on its own: leave out --demo and --reset-data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--yes goes with --reset-data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate must be a number from 0.1 to 50 (checkouts per second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display found: running the demo headless.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::demo</name>
    <message>
        <source>the next %1 deliveries to inventory are duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next delivery to payment is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export endpoint is down for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not place the order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every product is sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: a shopper with %2 won checks out for more, with a coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: a shopper with %2 won checks out for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shoppers&apos; rate must be from %1 to %2 checkouts per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SagaShop demo: %1 s at %2 checkouts/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stock, coupon or balance said no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compensated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stock, coupon, balance or payment given back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(lost steps the reconciler delivered again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(retry them from the admin client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absorbed by the inboxes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not settled: %1 sagas had not ended when the demo stopped waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invariants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok (stock, balance, coupons and open orders add up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo cycle lasts from 1 second to 1 hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 at %2 ms falls outside the %3 ms cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export outage needs a length that ends within its cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export outages must not overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Balance service fails twice and is retried with backoff; then a shopper checks out with a coupon for more than their balance, and the coupon and stock are given back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next three deliveries to Inventory arrive twice; its inbox ignores the copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivery to Payment is lost; the saga stops, and the reconciler delivers the event again once the saga counts as stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export endpoint is down: exports fail, are retried and dead-lettered, and an alert is raised; the orders stay confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::AbnormalOrdersModel</name>
    <message>
        <source>The ABNORMAL orders could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::AdminSession</name>
    <message>
        <source>Could not find out whether an administrator exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords do not match. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator accounts cannot be reached right now (%1). Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator has already been set up. Sign in with that name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must have 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::AlertFeedModel</name>
    <message>
        <source>Dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abnormal saga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::Backend</name>
    <message>
        <source>The disk is full: the %1 service cannot save. Nothing is lost; it retries by itself once there is space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program holds the %1 database. SagaShop waits and retries; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 database cannot be written (read-only). Check the permissions of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 database is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 service has trouble with its database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step of an order could not be processed (%1 at %2) and waits for an administrator. Your money and stock are safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreadable event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::CartModel</name>
    <message>
        <source>Your coupons could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon is not in your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon belongs to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon has already been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon applies to orders of %1 or more: add %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sold out and was taken out of your cart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 left of %2: your cart now holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::CheckoutTracker</name>
    <message>
        <source>A checkout is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cart is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cart does not belong to the shopper who is paying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order could not be placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::CouponModel</name>
    <message>
        <source>The coupons could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is shopping before claiming a coupon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon could not be claimed right now. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, this coupon is sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have this coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, this coupon has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon is no longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon could not be claimed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::DashboardModel</name>
    <message>
        <source>Books not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck sagas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be checked (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 off by %3 in all (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 spent from balances and %3 paid, but confirmed orders total %4 (off by %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 coupons used, but %3 confirmed orders used one (off by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 without progress (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock, money and coupons add up; no saga is stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books out of balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books settling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkouts were in flight during the check; differences so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::DeadLetterGroupModel</name>
    <message>
        <source>Retrying %1 of %2</source>
        <extracomment>Bulk retry of dead letters: which one is being retried, of how many.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding %1 of %2</source>
        <extracomment>Bulk discard of dead letters: which one is being discarded, of how many.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(undecodable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates event type names in a dead-letter group.
----------
Separates the parts of a summary such as &quot;3 handled, 1 failed again&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be retried…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed again: %1</source>
        <extracomment>A dead letter was retried and its consumer failed again; %1 is the error.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not retry: %1</source>
        <extracomment>A dead letter could not be retried (storage trouble); %1 says why.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n handled</source>
        <translation>
            <numerusform>%n handled</numerusform>
            <numerusform>%n handled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed again</source>
        <translation>
            <numerusform>%n failed again</numerusform>
            <numerusform>%n failed again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discarded</source>
        <translation>
            <numerusform>%n discarded</numerusform>
            <numerusform>%n discarded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n already gone</numerusform>
            <numerusform>%n already gone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sagashop::ui::DemoController</name>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checkouts/s</source>
        <extracomment>The simulated shoppers&apos; pace, e.g. &quot;3.0 checkouts/s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A stretch of the demo&apos;s timetable, e.g. &quot;0:14–0:18&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::FaultsModel</name>
    <message>
        <source>Fail the next N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail with probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the next N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the next N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the active faults of a service.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>fail next %n</source>
        <translation>
            <numerusform>fail next %n</numerusform>
            <numerusform>fail next %n</numerusform>
        </translation>
    </message>
    <message>
        <source>fail %1 %</source>
        <extracomment>A fault: each handling fails with this probability, e.g. &quot;fail 30 %&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delay %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>duplicate next %n</source>
        <translation>
            <numerusform>duplicate next %n</numerusform>
            <numerusform>duplicate next %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>drop next %n</source>
        <translation>
            <numerusform>drop next %n</numerusform>
            <numerusform>drop next %n</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no service called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no fault mode &quot;%1&quot; (fail, delay, duplicate or drop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probability must be a number between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not applied, %2.</source>
        <extracomment>A fault plan was refused; %1 is the service, %2 the reason (e.g. &quot;count must be …&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::MyCouponModel</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coupons could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::OrderHistoryModel</name>
    <message>
        <source>Your orders could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <extracomment>One line of an order: a product and its quantity, e.g. &quot;Americano Beans ×2&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the items of an order, e.g. &quot;Americano Beans ×2, Cold Brew ×1&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>After the first items of an order: how many more there are.</extracomment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough stock, so nothing was charged. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon could not be used, so nothing was charged. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance was less than the %1 to pay, so nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance was not enough, so nothing was charged. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order could not be completed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was cancelled and your payment has been refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was cancelled; your payment is being refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong with this order; the shop is looking into it. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::ProductModel</name>
    <message>
        <source>The catalogue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::ReconcileRunsModel</name>
    <message>
        <source>The reconciler could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saga(s) examined, %1 stuck</source>
        <translation>
            <numerusform>%n saga examined, %1 stuck</numerusform>
            <numerusform>%n sagas examined, %1 stuck</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saga(s) examined, none stuck</source>
        <translation>
            <numerusform>%n saga examined, none stuck</numerusform>
            <numerusform>%n sagas examined, none stuck</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) re-delivered</source>
        <translation>
            <numerusform>%n step re-delivered</numerusform>
            <numerusform>%n steps re-delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holding(s) restored</source>
        <translation>
            <numerusform>%n holding restored</numerusform>
            <numerusform>%n holdings restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) marked ABNORMAL</source>
        <translation>
            <numerusform>%n order marked ABNORMAL</numerusform>
            <numerusform>%n orders marked ABNORMAL</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; nothing to do.</source>
        <extracomment>A reconciliation run&apos;s summary: what it found, then that it did nothing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>A reconciliation run&apos;s summary: what it found, then what it did.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::SagaActions</name>
    <message>
        <source>, </source>
        <extracomment>Joins all but the last item of a list, e.g. &quot;stock, coupon&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last item of a list, e.g. &quot;stock, coupon and ₩18,900&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order %1? Its %2 go back to user %3; recorded in the saga log as done by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensate order %1 by cancelling it? Its %2 go back to user %3; recorded in the saga log as done by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensate order %1? It is marked ABNORMAL so it can no longer complete; nothing is held right now. Recorded in the saga log as done by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensate order %1? It is marked ABNORMAL so it can no longer complete, and its %2 go back to user %3; recorded in the saga log as done by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensate order %1? Nothing is held for it right now, so nothing should change; recorded in the saga log as done by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensate order %1? The %2 still held for it go back to user %3; recorded in the saga log as done by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing seems to be missing right now. Check again and re-deliver whatever is missing? Recorded in the saga log as done by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-deliver %n missing step(s) (%1)? Each goes to its service again with its original event id, so nothing happens twice; recorded in the saga log as done by %2.</source>
        <translation>
            <numerusform>Re-deliver %n missing step (%1)? It goes to its service again with its original event id, so nothing happens twice; recorded in the saga log as done by %2.</numerusform>
            <numerusform>Re-deliver %n missing steps (%1)? Each goes to its service again with its original event id, so nothing happens twice; recorded in the saga log as done by %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 cancelled; the compensations follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was already cancelled: nothing done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 marked ABNORMAL; nothing was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 marked ABNORMAL; restored %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 of order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to restore for order %1: nothing done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-delivered %n missing step(s): %1.</source>
        <translation>
            <numerusform>Re-delivered %n missing step: %1.</numerusform>
            <numerusform>Re-delivered %n missing steps: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saga %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2: only a confirmed order can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing: every step has reached its service, nothing done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend could not do it right now (%1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(It could not be recorded in the saga log: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::SagaListModel</name>
    <message>
        <source>Search for an order number (123 or #123), a saga id or its beginning, or a user (u:3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sagas could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::SagaStepListModel</name>
    <message>
        <source>Done on attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying (attempt %1 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead-lettered on attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery lost; awaiting redelivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator action failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::SagaTimelineModel</name>
    <message>
        <source>&quot;%1&quot; is not a saga id: a saga id looks like 0190a2b4-7c1d-7e3f-9a01-23456789abcd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline of saga %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saga log has nothing for saga %1 (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 published %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 published the compensation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handled %2 when an administrator retried it from the dead-letter queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handled %2 on attempt %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handled %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 of %2 to handle %3 failed: %4; it will be retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave up on %2 after %3 attempts: %4. It waits in the dead-letter queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received %2 again and ignored it: it was already handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery of %2 to %1 was lost (fault injection); it will be delivered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator discarded the dead letter of %2 at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is expected to handle %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is expected to handle %2 and publish %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (or %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; attempt %2 comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::Session</name>
    <message>
        <source>The list of users could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop is not ready yet; nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charge could not be saved right now, so nothing was charged. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge between %1 and %2 at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance can hold at most %1; this charge would pass it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists. Choose another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charge did not go through: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagashop::ui::UserModel</name>
    <message>
        <source>The list of users could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A name can have at most %n character(s).</source>
        <translation>
            <numerusform>A name can have at most %n character.</numerusform>
            <numerusform>A name can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop is not ready yet; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user could not be saved right now. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name must have 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
