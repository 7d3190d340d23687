<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Run without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the databases in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of demo checkouts (default 2000).</source>
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
        <source>Seconds between reconciler runs (30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds without progress before a saga is stuck (10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chains must be a whole number from 1 to 10000000</source>
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
        <source>--reconcile-interval and --stuck-after take whole seconds from 1 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SagaShop bus self-test: %1 sagas through a chain of 7 stand-in services</source>
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
