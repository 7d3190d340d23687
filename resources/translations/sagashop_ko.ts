<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AbnormalOrderRow</name>
    <message>
        <source>Order #%1 of user %2, %3: %4</source>
        <translation>사용자 %2의 주문 #%1, %3: %4</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>주문 #%1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>사용자 %1</translation>
    </message>
    <message>
        <source>No reason was recorded.</source>
        <translation>기록된 사유가 없어요.</translation>
    </message>
    <message>
        <source>Open saga</source>
        <translation>사가 열기</translation>
    </message>
    <message>
        <source>Open the saga of order #%1</source>
        <translation>주문 #%1의 사가 열기</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>SagaShop Admin</source>
        <translation>SagaShop 관리자</translation>
    </message>
    <message>
        <source>SagaShop Admin — %1</source>
        <translation>SagaShop 관리자 — %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 계정으로 로그인됨</translation>
    </message>
    <message>
        <source>Storefront</source>
        <translation>쇼핑몰</translation>
    </message>
    <message>
        <source>Open the storefront window</source>
        <translation>쇼핑몰 창 열기</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
</context>
<context>
    <name>AlertRow</name>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%2 %1: %3</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>심각</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <source>Open saga</source>
        <translation>사가 열기</translation>
    </message>
    <message>
        <source>Open saga %1</source>
        <translation>사가 %1 열기</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● 실시간</translation>
    </message>
    <message>
        <source>The feed updates by itself</source>
        <translation>목록이 자동으로 갱신돼요</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>모두 읽음으로 표시</translation>
    </message>
    <message>
        <source>Alerts, newest first</source>
        <translation>알림 (최신순)</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>알림 없음</translation>
    </message>
    <message>
        <source>Dead letters, abnormal sagas and failed exports will appear here as they happen.</source>
        <translation>데드 레터, 비정상 사가, 내보내기 실패가 생기면 바로 여기에 표시돼요.</translation>
    </message>
</context>
<context>
    <name>BooksBalanceIndicator</name>
    <message>
        <source>Checking…</source>
        <translation>점검 중…</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>지금 점검</translation>
    </message>
    <message>
        <source>Check the books now</source>
        <translation>지금 장부 점검하기</translation>
    </message>
</context>
<context>
    <name>CartDrawer</name>
    <message>
        <source>Your cart</source>
        <translation>장바구니</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close the cart</source>
        <translation>장바구니 닫기</translation>
    </message>
    <message>
        <source>Cart items</source>
        <translation>장바구니 상품</translation>
    </message>
    <message>
        <source>Your cart is empty.</source>
        <translation>장바구니가 비어 있어요.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>알림 닫기</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>쿠폰</translation>
    </message>
    <message>
        <source>No coupon</source>
        <translation>쿠폰 사용 안 함</translation>
    </message>
    <message>
        <source>Coupon to use</source>
        <translation>사용할 쿠폰</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>상품 금액</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>할인 금액</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총 결제 금액</translation>
    </message>
    <message>
        <source>Checking out…</source>
        <translation>결제 중…</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>결제하기</translation>
    </message>
    <message>
        <source>Check out and pay %1</source>
        <translation>%1 결제하기</translation>
    </message>
</context>
<context>
    <name>CartRow</name>
    <message>
        <source>%1, quantity %2, %3</source>
        <translation>%1, 수량 %2개, %3</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove %1 from the cart</source>
        <translation>장바구니에서 %1 삭제</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>%1 수량</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>최대 %1개</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>Charge balance</source>
        <translation>잔액 충전</translation>
    </message>
    <message>
        <source>How much would you like to add to your balance (in won)?</source>
        <translation>얼마를 충전할까요? (원 단위)</translation>
    </message>
    <message>
        <source>Amount, e.g. 50000</source>
        <translation>금액 (예: 50000)</translation>
    </message>
    <message>
        <source>Amount in won</source>
        <translation>충전 금액(원)</translation>
    </message>
    <message>
        <source>Charging…</source>
        <translation>충전 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>충전하기</translation>
    </message>
    <message>
        <source>Charge the amount</source>
        <translation>입력한 금액 충전하기</translation>
    </message>
</context>
<context>
    <name>ChargeValidator</name>
    <message>
        <source>Enter an amount.</source>
        <translation>금액을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Use whole won, digits only.</source>
        <translation>원 단위 숫자만 입력해 주세요.</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>마이너스 금액은 입력할 수 없어요.</translation>
    </message>
    <message>
        <source>Put commas only between groups of three digits, like 50,000.</source>
        <translation>쉼표는 50,000처럼 세 자리마다 넣어 주세요.</translation>
    </message>
    <message>
        <source>The amount must be at least %1.</source>
        <translation>%1 이상 입력해 주세요.</translation>
    </message>
    <message>
        <source>At most %1 per charge.</source>
        <translation>한 번에 최대 %1까지 충전할 수 있어요.</translation>
    </message>
    <message>
        <source>Your balance is at its limit of %1; no more can be added.</source>
        <translation>잔액이 한도인 %1에 도달해 더 충전할 수 없어요.</translation>
    </message>
    <message>
        <source>Your balance can hold at most %1; you can add %2 more.</source>
        <translation>잔액은 최대 %1까지 보유할 수 있어요. %2 더 충전할 수 있어요.</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Stock</source>
        <translation>재고</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>쿠폰</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>주문 확정</translation>
    </message>
    <message>
        <source>Placing your order…</source>
        <translation>주문하는 중…</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>결제 진행 중</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>주문 확정</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>%1 단계 실패: %2</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation>%1 단계에서 실패했어요</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>주문 취소</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>주문 #%1</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>What we undid</source>
        <translation>되돌린 내역</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>CheckoutProgress</name>
    <message>
        <source>There is not enough stock for this order.</source>
        <translation>이 주문에 필요한 재고가 부족해요.</translation>
    </message>
    <message>
        <source>Not enough stock for %1</source>
        <translation>%1 재고가 부족해요</translation>
    </message>
    <message>
        <source>%1 is no longer sold</source>
        <translation>%1 상품은 더 이상 판매하지 않아요</translation>
    </message>
    <message>
        <source>The order total is too large to be paid</source>
        <translation>주문 금액이 너무 커서 결제할 수 없어요</translation>
    </message>
    <message>
        <source>The coupon could not be used: it has expired</source>
        <translation>쿠폰을 사용할 수 없어요: 유효기간이 지났어요</translation>
    </message>
    <message>
        <source>The coupon could not be used: it was already used</source>
        <translation>쿠폰을 사용할 수 없어요: 이미 사용한 쿠폰이에요</translation>
    </message>
    <message>
        <source>The coupon could not be used: it belongs to someone else</source>
        <translation>쿠폰을 사용할 수 없어요: 다른 사람의 쿠폰이에요</translation>
    </message>
    <message>
        <source>The coupon could not be used: it does not exist</source>
        <translation>쿠폰을 사용할 수 없어요: 존재하지 않는 쿠폰이에요</translation>
    </message>
    <message>
        <source>The coupon could not be used: the order total %1 is below its minimum of %2</source>
        <translation>쿠폰을 사용할 수 없어요: 주문 금액 %1이 최소 주문 금액 %2보다 적어요</translation>
    </message>
    <message>
        <source>The coupon could not be used: %1</source>
        <translation>쿠폰을 사용할 수 없어요: %1</translation>
    </message>
    <message>
        <source>Your balance %1 is less than the %2 to pay</source>
        <translation>잔액 %1이 결제 금액 %2보다 적어요</translation>
    </message>
    <message>
        <source>The payment could not be taken from your balance: %1</source>
        <translation>잔액에서 결제하지 못했어요: %1</translation>
    </message>
    <message>
        <source>The order was no longer open when the payment arrived, so everything is given back</source>
        <translation>결제가 처리되기 전에 주문이 종료되어 모두 되돌려 드려요</translation>
    </message>
    <message>
        <source>The order needs an administrator: %1</source>
        <translation>관리자 확인이 필요한 주문이에요: %1</translation>
    </message>
    <message>
        <source>The order failed: %1</source>
        <translation>주문에 실패했어요: %1</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>재고</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>쿠폰</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>주문 확정</translation>
    </message>
    <message>
        <source>Stock restored</source>
        <translation>재고 복구됨</translation>
    </message>
    <message>
        <source>Coupon restored</source>
        <translation>쿠폰 복구됨</translation>
    </message>
    <message>
        <source>Balance refunded</source>
        <translation>잔액 환불됨</translation>
    </message>
    <message>
        <source>Payment cancelled</source>
        <translation>결제 취소됨</translation>
    </message>
    <message>
        <source>Reserving the stock…</source>
        <translation>재고 확보 중…</translation>
    </message>
    <message>
        <source>Applying the coupon…</source>
        <translation>쿠폰 적용 중…</translation>
    </message>
    <message>
        <source>Taking the amount from your balance…</source>
        <translation>잔액에서 차감 중…</translation>
    </message>
    <message>
        <source>Recording the payment…</source>
        <translation>결제 기록 중…</translation>
    </message>
    <message>
        <source>Confirming the order…</source>
        <translation>주문 확정 중…</translation>
    </message>
    <message>
        <source>Reserved, %1 in all</source>
        <translation>재고 확보 완료, 총 %1</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 할인</translation>
    </message>
    <message>
        <source>No coupon</source>
        <translation>쿠폰 없음</translation>
    </message>
    <message>
        <source>Balance after: %1</source>
        <translation>결제 후 잔액: %1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>%1 결제 완료</translation>
    </message>
    <message>
        <source>Your order is confirmed</source>
        <translation>주문이 확정됐어요</translation>
    </message>
</context>
<context>
    <name>CompensationList</name>
    <message>
        <source>Undone steps</source>
        <translation>되돌린 단계</translation>
    </message>
    <message>
        <source>Everything was undone; you were not charged</source>
        <translation>모두 되돌렸어요. 결제된 금액은 없어요</translation>
    </message>
</context>
<context>
    <name>CouponCard</name>
    <message>
        <source>%1, %2, %3 of %4 left</source>
        <translation>%1, %2, %4장 중 %3장 남음</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%2장 중 %1장 남음</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>받기 완료</translation>
    </message>
    <message>
        <source>Claiming…</source>
        <translation>받는 중…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>쿠폰 받기</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>%1 받기</translation>
    </message>
</context>
<context>
    <name>CouponText</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage discount&apos;s size, e.g. &quot;10%&quot;.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1% off</source>
        <extracomment>A percentage discount, e.g. &quot;10% off&quot;.</extracomment>
        <translation>%1% 할인</translation>
    </message>
    <message>
        <source>%1 off</source>
        <extracomment>A fixed discount, e.g. &quot;₩2,000 off&quot; (%1 is the formatted amount).</extracomment>
        <translation>%1 할인</translation>
    </message>
    <message>
        <source>Orders from %1</source>
        <extracomment>The smallest order a coupon applies to, e.g. &quot;Orders from ₩30,000&quot;.</extracomment>
        <translation>%1 이상 주문 시</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>기한 없음</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <extracomment>When a coupon stops applying; %1 is a localized date and time.</extracomment>
        <translation>%1까지</translation>
    </message>
</context>
<context>
    <name>CouponsPage</name>
    <message>
        <source>Claimed! You will find it under My coupons.</source>
        <translation>쿠폰을 받았어요! 내 쿠폰에서 확인할 수 있어요.</translation>
    </message>
    <message>
        <source>This coupon could not be claimed.</source>
        <translation>쿠폰을 받지 못했어요.</translation>
    </message>
    <message>
        <source>Claim a coupon</source>
        <translation>쿠폰 받기</translation>
    </message>
    <message>
        <source>First come, first served: each coupon has a limited number.</source>
        <translation>선착순! 쿠폰마다 수량이 한정되어 있어요.</translation>
    </message>
    <message>
        <source>No coupons are on offer right now.</source>
        <translation>지금 받을 수 있는 쿠폰이 없어요.</translation>
    </message>
    <message>
        <source>My coupons</source>
        <translation>내 쿠폰</translation>
    </message>
    <message>
        <source>You have no coupons yet. Claim one above.</source>
        <translation>아직 받은 쿠폰이 없어요. 위에서 쿠폰을 받아 보세요.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Operations dashboard</source>
        <translation>운영 대시보드</translation>
    </message>
    <message>
        <source>Checkout sagas, live: the last 5 minutes, rates and latency over the last 30 seconds</source>
        <translation>결제 사가 실시간 현황: 추이는 최근 5분, 비율과 지연 시간은 최근 30초 기준</translation>
    </message>
    <message>
        <source>Live, updated every second</source>
        <translation>실시간, 1초마다 갱신</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Checkouts / s</source>
        <translation>초당 결제</translation>
    </message>
    <message>
        <source>%1 / s confirmed</source>
        <translation>초당 %1건 확정</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>실패율</translation>
    </message>
    <message>
        <source>of finished sagas</source>
        <translation>종료된 사가 중 실패 비율</translation>
    </message>
    <message>
        <source>Compensation rate</source>
        <translation>보상률</translation>
    </message>
    <message>
        <source>of ended sagas, undone</source>
        <translation>종료된 사가 중 보상된 비율</translation>
    </message>
    <message>
        <source>Saga latency p50</source>
        <translation>사가 지연 시간 p50</translation>
    </message>
    <message>
        <source>order placed to outcome</source>
        <translation>주문부터 결과까지</translation>
    </message>
    <message>
        <source>Saga latency p99</source>
        <translation>사가 지연 시간 p99</translation>
    </message>
    <message>
        <source>99 % finish within</source>
        <translation>99%가 이 시간 안에 종료</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>sagas awaiting their outcome</source>
        <translation>결과를 기다리는 사가</translation>
    </message>
    <message>
        <source>Checkouts per second</source>
        <translation>초당 결제 수</translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation>최근 5분</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>주문 접수</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>주문 확정</translation>
    </message>
    <message>
        <source>Failure and compensation rates</source>
        <translation>실패율과 보상률</translation>
    </message>
    <message>
        <source>%, sliding 30 s</source>
        <translation>%, 최근 30초 구간</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation>보상 완료</translation>
    </message>
    <message>
        <source>Saga latency</source>
        <translation>사가 지연 시간</translation>
    </message>
    <message>
        <source>ms, sliding 30 s</source>
        <translation>ms, 최근 30초 구간</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Queue depth per service</source>
        <translation>서비스별 큐 길이</translation>
    </message>
    <message>
        <source>deliveries waiting or in transit</source>
        <translation>대기 중이거나 전달 중인 건수</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation>인기 상품</translation>
    </message>
    <message>
        <source>last 3 days</source>
        <translation>최근 3일</translation>
    </message>
    <message>
        <source>Sagas since opened</source>
        <translation>대시보드를 연 뒤의 사가</translation>
    </message>
    <message>
        <source>Cancelled by an admin</source>
        <translation>관리자 취소</translation>
    </message>
    <message>
        <source>%1 sagas left unfollowed (too many in flight): no latency for them</source>
        <translation>진행 중인 사가가 너무 많아 사가 %1개는 추적하지 못했어요. 이 사가들은 지연 시간에서 빠져요.</translation>
    </message>
</context>
<context>
    <name>DeadLetterDiscardDialog</name>
    <message>
        <source>Discard dead letters?</source>
        <translation>데드 레터를 폐기할까요?</translation>
    </message>
    <message>
        <source>A discarded event is never handled: whatever it should have done stays undone. This cannot be undone.</source>
        <translation>폐기한 이벤트는 처리되지 않아요. 이 이벤트로 처리했어야 할 일은 처리되지 않은 채 남아요. 폐기는 되돌릴 수 없어요.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Keep the dead letters</source>
        <translation>데드 레터 그대로 두기</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>폐기</translation>
    </message>
    <message>
        <source>Discard for good</source>
        <translation>영구 폐기</translation>
    </message>
</context>
<context>
    <name>DeadLetterGroupCard</name>
    <message numerus="yes">
        <source>%1: %n dead letter(s), %2</source>
        <translation>
            <numerusform>%1: 데드 레터 %n개, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select every letter of this group</source>
        <translation>이 그룹의 데드 레터 모두 선택</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n similar error(s))</source>
        <translation>
            <numerusform>%1 (외 비슷한 오류 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>%1에 실패</translation>
    </message>
    <message>
        <source>First failure %1 · last %2</source>
        <translation>첫 실패 %1 · 마지막 실패 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed again after a retry</source>
        <translation>
            <numerusform>재시도 후 %n개 다시 실패</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry group</source>
        <translation>그룹 재시도</translation>
    </message>
    <message>
        <source>Discard group</source>
        <translation>그룹 폐기</translation>
    </message>
    <message>
        <source>Hide letters</source>
        <translation>목록 숨기기</translation>
    </message>
    <message>
        <source>Show letters</source>
        <translation>목록 보기</translation>
    </message>
    <message>
        <source>Hide the letters of this group</source>
        <translation>이 그룹의 데드 레터 숨기기</translation>
    </message>
    <message>
        <source>Show the letters of this group</source>
        <translation>이 그룹의 데드 레터 보기</translation>
    </message>
</context>
<context>
    <name>DeadLetterRow</name>
    <message>
        <source>Dead letter %1, %2 attempts: %3</source>
        <translation>데드 레터 %1, %2회 시도: %3</translation>
    </message>
    <message>
        <source>Select this dead letter</source>
        <translation>이 데드 레터 선택</translation>
    </message>
    <message>
        <source>Undecodable message</source>
        <translation>디코딩할 수 없는 메시지</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n회 시도</numerusform>
        </translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>%1에 실패</translation>
    </message>
    <message>
        <source>first %1 · last %2</source>
        <translation>처음 %1 · 마지막 %2</translation>
    </message>
    <message>
        <source>Saga …%1</source>
        <translation>사가 …%1</translation>
    </message>
    <message>
        <source>Open saga %1</source>
        <translation>사가 %1 열기</translation>
    </message>
    <message>
        <source>Hide envelope</source>
        <translation>엔벨로프 숨기기</translation>
    </message>
    <message>
        <source>Show envelope</source>
        <translation>엔벨로프 보기</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>재시도</translation>
    </message>
    <message>
        <source>Retry this dead letter</source>
        <translation>이 데드 레터 재시도</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>폐기</translation>
    </message>
    <message>
        <source>Discard this dead letter</source>
        <translation>이 데드 레터 폐기</translation>
    </message>
</context>
<context>
    <name>DeadLettersPage</name>
    <message>
        <source>Dead letters</source>
        <translation>데드 레터</translation>
    </message>
    <message numerus="yes">
        <source>in %n group(s)</source>
        <translation>
            <numerusform>그룹 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Last action: %1</source>
        <translation>마지막 작업: %1</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>선택 해제</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <source>Retry selected (%1)</source>
        <translation>선택 항목 재시도 (%1)</translation>
    </message>
    <message>
        <source>Discard selected (%1)</source>
        <translation>선택 항목 폐기 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Discard the %n selected dead letter(s)?</source>
        <translation>
            <numerusform>선택한 데드 레터 %n개를 폐기할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry all (%1)</source>
        <translation>모두 재시도 (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Dead-letter groups</source>
        <translation>데드 레터 그룹</translation>
    </message>
    <message numerus="yes">
        <source>Discard all %n dead letter(s) of %1 that failed with this error?</source>
        <translation>
            <numerusform>이 오류로 실패한 %1의 데드 레터 %n개를 모두 폐기할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard this dead letter of %1?</source>
        <translation>%1의 이 데드 레터를 폐기할까요?</translation>
    </message>
    <message>
        <source>No dead letters</source>
        <translation>데드 레터 없음</translation>
    </message>
    <message>
        <source>Every event was handled by its consumer.</source>
        <translation>모든 이벤트가 받는 서비스에서 처리됐어요.</translation>
    </message>
</context>
<context>
    <name>DemoCard</name>
    <message>
        <source>Demo</source>
        <translation>데모</translation>
    </message>
    <message>
        <source>Simulated shoppers and staged faults · round %1 · %2 since the start</source>
        <extracomment>%1 is the round of the fault timetable (1, 2, …), %2 the time since the demo started (&quot;2:13&quot;).</extracomment>
        <translation>가상 쇼핑객과 예정된 장애 · %1회차 · 시작 후 %2</translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation>가상 쇼핑객</translation>
    </message>
    <message>
        <source>Simulated checkouts per second</source>
        <translation>초당 가상 결제 수</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Resume the simulated shoppers</source>
        <translation>가상 쇼핑객 재개</translation>
    </message>
    <message>
        <source>Pause the simulated shoppers</source>
        <translation>가상 쇼핑객 일시 정지</translation>
    </message>
    <message>
        <source>Checkouts</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>주문 확정</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation>보상 완료</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>재시도</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>데드 레터</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>진행 중</translation>
    </message>
    <message numerus="yes">
        <source>Staged faults, every %n s</source>
        <translation>
            <numerusform>장애 일정 (%n초마다 반복)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: %1 in %n s</source>
        <extracomment>%1 is a staged fault (&quot;Dropped event&quot;); the count is the seconds until it fires.</extracomment>
        <translation>
            <numerusform>다음: %n초 뒤 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No more staged faults</source>
        <translation>예정된 장애가 더 없어요</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A timetable entry: the time in the round (&quot;0:10&quot;) and the fault (&quot;Dropped event&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Staged so far (%1)</source>
        <translation>지금까지 일으킨 장애 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing staged yet: the first fault comes in %n s.</source>
        <translation>
            <numerusform>아직 일으킨 장애가 없어요. 첫 장애는 %n초 뒤에 와요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoFiredRow</name>
    <message>
        <source>Open saga</source>
        <translation>사가 열기</translation>
    </message>
    <message>
        <source>Open saga %1</source>
        <translation>사가 %1 열기</translation>
    </message>
</context>
<context>
    <name>FaultCard</name>
    <message>
        <source>Faults of %1</source>
        <translation>%1 서비스의 장애</translation>
    </message>
    <message>
        <source>no faults</source>
        <translation>장애 없음</translation>
    </message>
    <message>
        <source>Fault mode</source>
        <translation>장애 유형</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>횟수</translation>
    </message>
    <message>
        <source>How many deliveries</source>
        <translation>적용할 전달 횟수</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>Failure probability</source>
        <translation>실패 확률</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Delay (ms)</source>
        <translation>지연 (ms)</translation>
    </message>
    <message>
        <source>Delay in milliseconds</source>
        <translation>지연 시간(밀리초)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>해제</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
</context>
<context>
    <name>FaultChip</name>
    <message>
        <source>Remove the fault &quot;%1&quot;</source>
        <translation>장애 &quot;%1&quot; 제거</translation>
    </message>
</context>
<context>
    <name>FaultsPage</name>
    <message>
        <source>Faults</source>
        <translation>장애 주입</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) with faults</source>
        <translation>
            <numerusform>장애 주입 중인 서비스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Every service runs normally</source>
        <translation>모든 서비스 정상 동작 중</translation>
    </message>
    <message>
        <source>Clear all faults</source>
        <translation>모든 장애 해제</translation>
    </message>
    <message>
        <source>Export endpoint down</source>
        <translation>내보내기 엔드포인트 중단</translation>
    </message>
    <message>
        <source>Every export fails now: each one is retried, then lands in the dead letters and raises an alert. Orders stay confirmed.</source>
        <translation>지금은 모든 내보내기가 실패해요. 각 내보내기는 재시도된 뒤 데드 레터로 옮겨지고 알림이 발생해요. 주문은 확정 상태 그대로예요.</translation>
    </message>
    <message>
        <source>Simulates the data platform being unreachable (also when no export URL is configured). Switch it back on, then retry the dead letters.</source>
        <translation>데이터 플랫폼에 연결할 수 없는 상황을 흉내 내요(내보내기 URL이 설정되지 않았어도 동작해요). 다시 연결한 뒤 데드 레터를 재시도해 주세요.</translation>
    </message>
</context>
<context>
    <name>HeadlessDemo</name>
    <message>
        <source>SagaShop demo: simulated shoppers at %1 checkouts/s, staged faults every %2 s</source>
        <translation>SagaShop 데모: 가상 쇼핑객 초당 %1건 결제, %2초마다 예정된 장애</translation>
    </message>
    <message>
        <source>data directory: %1</source>
        <translation>데이터 디렉터리: %1</translation>
    </message>
    <message>
        <source>Running for %1 s (Ctrl+C ends it sooner).</source>
        <translation>%1초 동안 실행합니다(Ctrl+C로 먼저 끝낼 수 있습니다).</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop and see the summary.</source>
        <translation>Ctrl+C를 누르면 멈추고 요약을 보여 줍니다.</translation>
    </message>
    <message>
        <source>checkouts %1, confirmed %2, failed %3, compensated %4, repaired %5, dead letters %6, open %7</source>
        <translation>결제 %1, 확정 %2, 실패 %3, 보상 %4, 복구 %5, 데드 레터 %6, 진행 중 %7</translation>
    </message>
    <message>
        <source>Stopping the shoppers and waiting for every saga to end…</source>
        <translation>가상 쇼핑객을 멈추고 모든 사가가 끝나기를 기다립니다…</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>한국어</source>
        <extracomment>The name of the Korean language in Korean; keep as is.</extracomment>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>The name of the English language in English; keep as is.</extracomment>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Set the administrator password</source>
        <translation>관리자 비밀번호 설정</translation>
    </message>
    <message>
        <source>Administrator sign-in</source>
        <translation>관리자 로그인</translation>
    </message>
    <message>
        <source>This is the first start of the admin client. Choose the administrator&apos;s name and a password of at least 8 characters.</source>
        <translation>관리자 클라이언트를 처음 실행했어요. 관리자 이름과 8자 이상의 비밀번호를 정해 주세요.</translation>
    </message>
    <message>
        <source>Sign in to see sagas, dead letters and reconciliation.</source>
        <translation>로그인하면 사가, 데드 레터, 정합성 검사를 볼 수 있어요.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>예: admin</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>관리자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>8자 이상</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>같은 비밀번호를 한 번 더 입력</translation>
    </message>
    <message>
        <source>Attempts left before a one-minute lock: %1</source>
        <translation>1분 잠금까지 남은 시도 횟수: %1</translation>
    </message>
    <message>
        <source>Locked for %1 s after %2 failed attempts</source>
        <translation>%2회 실패하여 %1초 동안 잠겼어요</translation>
    </message>
    <message>
        <source>Set password and sign in</source>
        <translation>비밀번호 설정 후 로그인</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>SagaShop Admin</source>
        <translation>SagaShop 관리자</translation>
    </message>
    <message>
        <source>Checking the administrator accounts…</source>
        <translation>관리자 계정을 확인하는 중…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1 계정으로 로그인했어요.</translation>
    </message>
    <message>
        <source>Signing in to the demo…</source>
        <translation>데모에 로그인하는 중…</translation>
    </message>
</context>
<context>
    <name>MarkerDetailsPanel</name>
    <message>
        <source>Marker details</source>
        <translation>마커 상세 정보</translation>
    </message>
    <message>
        <source>Event published</source>
        <translation>이벤트 발행</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>보상</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>처리됨</translation>
    </message>
    <message>
        <source>Attempt failed, retried</source>
        <translation>시도 실패, 재시도함</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>데드 레터</translation>
    </message>
    <message>
        <source>Duplicate ignored</source>
        <translation>중복 무시됨</translation>
    </message>
    <message>
        <source>Delivery lost</source>
        <translation>전달 유실</translation>
    </message>
    <message>
        <source>Dead letter discarded</source>
        <translation>데드 레터 폐기됨</translation>
    </message>
    <message>
        <source>Administrator action</source>
        <translation>관리자 작업</translation>
    </message>
    <message>
        <source>Expected step</source>
        <translation>예정된 단계</translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation>상세 정보 닫기</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>대기 시작</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Since the start</source>
        <translation>시작 후 경과</translation>
    </message>
    <message>
        <source>After its cause</source>
        <translation>원인 이후 경과</translation>
    </message>
    <message>
        <source>Show the cause</source>
        <translation>원인 보기</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Expected to publish</source>
        <translation>발행 예정</translation>
    </message>
    <message>
        <source>nothing (the handling is the step)</source>
        <translation>없음 (처리 자체가 단계)</translation>
    </message>
    <message>
        <source>%1, or else %2</source>
        <translation>%1, 아니면 %2</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>이벤트 ID</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>₩%1</source>
        <extracomment>An amount of Korean won: %1 is the grouped number, e.g. &quot;18,900원&quot; / &quot;₩18,900&quot;.</extracomment>
        <translation>%1원</translation>
    </message>
</context>
<context>
    <name>MyCouponRow</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Order #%1</source>
        <translation>주문 #%1</translation>
    </message>
    <message>
        <source>Order #%1, %2, %3, %4</source>
        <translation>주문 #%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Show the steps of this order</source>
        <translation>이 주문의 진행 단계 보기</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Your orders</source>
        <translation>주문 내역</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>아직 주문 내역이 없어요.</translation>
    </message>
</context>
<context>
    <name>PopularProductList</name>
    <message>
        <source>%1 sold</source>
        <translation>%1개 판매</translation>
    </message>
    <message>
        <source>No sales in the last 3 days.</source>
        <translation>최근 3일 동안 판매된 상품이 없어요.</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>메시지 닫기</translation>
    </message>
</context>
<context>
    <name>ProductCard</name>
    <message>
        <source>%1, %2, sold out</source>
        <translation>%1, %2, 품절</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n in stock</source>
        <translation>
            <numerusform>%1, %2, 재고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>품절</translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>재고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>장바구니 담기</translation>
    </message>
    <message>
        <source>Add %1 to cart</source>
        <translation>장바구니에 %1 담기</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Search products</source>
        <translation>상품 검색</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>정렬</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름순</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격순</translation>
    </message>
    <message>
        <source>Popularity</source>
        <translation>인기순</translation>
    </message>
    <message>
        <source>↑ Ascending</source>
        <translation>↑ 오름차순</translation>
    </message>
    <message>
        <source>↓ Descending</source>
        <translation>↓ 내림차순</translation>
    </message>
    <message>
        <source>Sorted ascending; switch to descending</source>
        <translation>오름차순 정렬됨. 내림차순으로 바꾸기</translation>
    </message>
    <message>
        <source>Sorted descending; switch to ascending</source>
        <translation>내림차순 정렬됨. 오름차순으로 바꾸기</translation>
    </message>
    <message>
        <source>Popular (last 3 days)</source>
        <translation>인기 상품 (최근 3일)</translation>
    </message>
    <message numerus="yes">
        <source>Number %1: %2, %n sold</source>
        <translation>
            <numerusform>%1위: %2, %n개 판매</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sold</source>
        <translation>
            <numerusform>%n개 판매</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sold in the last 3 days yet.</source>
        <translation>최근 3일 동안 판매된 상품이 아직 없어요.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>상품 목록</translation>
    </message>
    <message>
        <source>No products match “%1”.</source>
        <translation>“%1” 검색 결과가 없어요.</translation>
    </message>
    <message>
        <source>No products yet.</source>
        <translation>아직 상품이 없어요.</translation>
    </message>
</context>
<context>
    <name>ReconcileRunRow</name>
    <message>
        <source>Run at %1: %2</source>
        <translation>%1 실행: %2</translation>
    </message>
    <message>
        <source>Hide what it did</source>
        <translation>수행한 작업 숨기기</translation>
    </message>
    <message>
        <source>Show what it did</source>
        <translation>수행한 작업 보기</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message numerus="yes">
        <source>Hide %n action(s)</source>
        <translation>
            <numerusform>작업 %n개 숨기기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n action(s)</source>
        <translation>
            <numerusform>작업 %n개 보기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>Reconciliation</source>
        <translation>정합성 검사</translation>
    </message>
    <message>
        <source>Finds sagas that stopped making progress and orders the services disagree about, re-delivers missing steps, restores what is still held, and marks what it cannot fix ABNORMAL. It also runs by itself at regular intervals.</source>
        <translation>진행이 멈춘 사가와 서비스마다 기록이 다른 주문을 찾아 누락된 단계를 다시 전달하고, 아직 묶여 있는 항목을 되돌리며, 고칠 수 없는 주문은 ABNORMAL로 표시해요. 일정한 간격으로 자동 실행되기도 해요.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>지금 실행</translation>
    </message>
    <message>
        <source>Run the reconciler now</source>
        <translation>지금 정합성 검사 실행</translation>
    </message>
    <message>
        <source>Last runs (%1)</source>
        <translation>최근 실행 (%1)</translation>
    </message>
    <message>
        <source>Reconciliation runs</source>
        <translation>정합성 검사 실행 기록</translation>
    </message>
    <message>
        <source>No runs yet. Press “Run now”, or wait for the next automatic run.</source>
        <translation>아직 실행 기록이 없어요. “지금 실행”을 누르거나 다음 자동 실행을 기다려 주세요.</translation>
    </message>
    <message>
        <source>ABNORMAL orders (%1)</source>
        <translation>ABNORMAL 주문 (%1)</translation>
    </message>
    <message>
        <source>ABNORMAL orders</source>
        <translation>ABNORMAL 주문</translation>
    </message>
    <message>
        <source>No ABNORMAL orders.</source>
        <translation>ABNORMAL 주문이 없어요.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
</context>
<context>
    <name>ResetData</name>
    <message>
        <source>Delete every order, balance, coupon, saga and admin account in %1 and start fresh? This cannot be undone.</source>
        <translation>%1의 모든 주문, 잔액, 쿠폰, 사가와 관리자 계정을 지우고 처음부터 시작할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Reset SagaShop data</source>
        <translation>SagaShop 데이터 초기화</translation>
    </message>
    <message>
        <source>--reset-data asks before deleting, and there is no terminal to ask on: add --yes to confirm.</source>
        <translation>--reset-data는 지우기 전에 물어보는데, 물어볼 터미널이 없습니다. 확인하려면 --yes를 붙이세요.</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>예</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>네</translation>
    </message>
    <message>
        <source>Nothing to reset: %1 holds no data.</source>
        <translation>초기화할 것이 없습니다: %1에 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>아무것도 지우지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not delete %1 in %2: check the permissions, then run --reset-data again.</source>
        <translation>%2의 %1을(를) 지우지 못했습니다. 권한을 확인한 뒤 --reset-data를 다시 실행하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s) from %1: SagaShop starts fresh.</source>
        <translation>
            <numerusform>%1에서 %n개 항목을 지웠습니다. SagaShop이 처음부터 시작합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SagaActionBar</name>
    <message>
        <source>Cancel order</source>
        <translation>주문 취소</translation>
    </message>
    <message>
        <source>Compensate</source>
        <translation>보상하기</translation>
    </message>
    <message>
        <source>Re-trigger missing step</source>
        <translation>누락된 단계 재실행</translation>
    </message>
    <message>
        <source>Cancel this order?</source>
        <translation>이 주문을 취소할까요?</translation>
    </message>
    <message>
        <source>Compensate this saga?</source>
        <translation>이 사가를 보상할까요?</translation>
    </message>
    <message>
        <source>Re-trigger the missing steps?</source>
        <translation>누락된 단계를 재실행할까요?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>돌아가기</translation>
    </message>
    <message>
        <source>Back, do nothing</source>
        <translation>아무것도 하지 않고 돌아가기</translation>
    </message>
    <message>
        <source>Re-trigger</source>
        <translation>재실행</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>SagaDetailPage</name>
    <message>
        <source>← Back</source>
        <translation>← 돌아가기</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>목록으로 돌아가기</translation>
    </message>
</context>
<context>
    <name>SagaFilterBar</name>
    <message>
        <source>Order number, saga id, or u:&lt;user id&gt;</source>
        <translation>주문 번호, 사가 ID 또는 u:&lt;user id&gt;</translation>
    </message>
    <message>
        <source>Search sagas by order number, saga id or user (u:3)</source>
        <translation>주문 번호, 사가 ID 또는 사용자(u:3)로 사가 검색</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Last 5 min</source>
        <translation>최근 5분</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>최근 1일</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>시작: %1</translation>
    </message>
    <message>
        <source>%1: %2 sagas</source>
        <translation>%1: 사가 %2개</translation>
    </message>
</context>
<context>
    <name>SagaRow</name>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>주문 #%1</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>주문 없음</translation>
    </message>
    <message>
        <source>%1, %2, started %3</source>
        <translation>%1, %2, 시작 %3</translation>
    </message>
    <message>
        <source>Show the timeline of this saga</source>
        <translation>이 사가의 타임라인 보기</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>사용자 %1</translation>
    </message>
    <message>
        <source>Retries %1</source>
        <translation>재시도 %1</translation>
    </message>
    <message>
        <source>Dead letters %1</source>
        <translation>데드 레터 %1</translation>
    </message>
    <message>
        <source>Compensations %1</source>
        <translation>보상 %1</translation>
    </message>
</context>
<context>
    <name>SagaStatusBadge</name>
    <message>
        <source>Running</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Compensating</source>
        <translation>보상 중</translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation>보상 완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>비정상</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
</context>
<context>
    <name>SagaStepList</name>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>처리 이벤트</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>발행 이벤트</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>시점</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>소요</translation>
    </message>
    <message>
        <source>Saga steps</source>
        <translation>사가 단계</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>(command)</source>
        <translation>(명령)</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>아직 단계가 없어요.</translation>
    </message>
</context>
<context>
    <name>SagaTimelinePage</name>
    <message>
        <source>Running</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Compensating</source>
        <translation>보상 중</translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation>보상 완료</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>비정상</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Saga</source>
        <translation>사가</translation>
    </message>
    <message>
        <source>● live, steps expected: %1</source>
        <translation>● 실시간, 예정된 단계: %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>시작 %1</translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation>%1째 진행 중</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>소요 %1</translation>
    </message>
    <message>
        <source>markers: %1</source>
        <translation>마커: %1</translation>
    </message>
    <message>
        <source>steps: %1</source>
        <translation>단계: %1</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>재시도</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>데드 레터</translation>
    </message>
    <message>
        <source>compensations</source>
        <translation>보상</translation>
    </message>
</context>
<context>
    <name>SagaTimelineView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>재고</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>쿠폰</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>✓ attempt %1</source>
        <translation>✓ %1번째 시도</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>dead letter: %1</source>
        <translation>데드 레터: %1</translation>
    </message>
    <message>
        <source>dead letter</source>
        <translation>데드 레터</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>유실</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>폐기됨</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <source>handle %1?</source>
        <translation>%1 처리?</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, Ctrl+wheel)</source>
        <translation>축소 (Ctrl+-, Ctrl+휠)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>Fit the whole saga</source>
        <translation>사가 전체가 보이게 맞추기</translation>
    </message>
    <message>
        <source>Fit the whole saga (Ctrl+0)</source>
        <translation>사가 전체가 보이게 맞추기 (Ctrl+0)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
        <translation>확대 (Ctrl++, Ctrl+휠)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Markers at their time: waits show as gaps</source>
        <translation>마커를 실제 시각에 배치해요. 대기 시간은 빈 간격으로 보여요</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>순서</translation>
    </message>
    <message>
        <source>Every moment gets the same room, in order; the ruler keeps the times</source>
        <translation>모든 시점을 순서대로 같은 간격에 배치해요. 눈금자에는 실제 시각이 표시돼요</translation>
    </message>
    <message>
        <source>Even spacing</source>
        <translation>균등 간격</translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation>눈금: %1</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>발행</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Retry (attempt)</source>
        <translation>재시도 (실패한 시도)</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>데드 레터</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>보상</translation>
    </message>
    <message>
        <source>Admin action</source>
        <translation>관리자 작업</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>아직 표시할 내용이 없어요.</translation>
    </message>
</context>
<context>
    <name>SagasPage</name>
    <message>
        <source>Sagas</source>
        <translation>사가 목록</translation>
    </message>
    <message>
        <source>%1 shown, more below</source>
        <translation>%1개 표시, 아래에 더 있음</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n개 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>더 불러오는 중…</translation>
    </message>
    <message>
        <source>Nothing to show for this search.</source>
        <translation>이 검색으로는 표시할 사가가 없어요.</translation>
    </message>
    <message>
        <source>No saga matches these filters.</source>
        <translation>이 필터에 맞는 사가가 없어요.</translation>
    </message>
    <message>
        <source>No checkout has started yet.</source>
        <translation>아직 시작된 결제가 없어요.</translation>
    </message>
    <message>
        <source>Show all sagas</source>
        <translation>모든 사가 보기</translation>
    </message>
    <message>
        <source>Loading sagas…</source>
        <translation>사가를 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>SignedInArea</name>
    <message>
        <source>Sagas</source>
        <translation>사가</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>데드 레터</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>정합성 검사</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>장애 주입</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
</context>
<context>
    <name>StepTracker</name>
    <message>
        <source>Checkout steps</source>
        <translation>결제 단계</translation>
    </message>
    <message>
        <source>In progress…</source>
        <translation>진행 중…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
</context>
<context>
    <name>StorefrontWindow</name>
    <message>
        <source>SagaShop</source>
        <translation>SagaShop</translation>
    </message>
    <message>
        <source>New shopper…</source>
        <translation>새 사용자 추가…</translation>
    </message>
    <message>
        <source>Choose a shopper</source>
        <translation>사용자 선택</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>잔액 %1</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>충전</translation>
    </message>
    <message>
        <source>Charge your balance</source>
        <translation>잔액 충전</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>장바구니</translation>
    </message>
    <message numerus="yes">
        <source>Cart, %n item(s)</source>
        <translation>
            <numerusform>장바구니, 상품 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>쿠폰</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>주문 내역</translation>
    </message>
    <message>
        <source>New shopper</source>
        <translation>새 사용자</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Name of the new shopper</source>
        <translation>새 사용자 이름</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <source>Administration…</source>
        <translation>관리자 화면…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>timeline of saga %1, from the saga log:</source>
        <translation>사가 %1의 타임라인 (사가 로그 기준):</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (%1번째 시도)</translation>
    </message>
    <message>
        <source>SagaShop bus self-test: %1 sagas through a chain of 7 stand-in services</source>
        <translation>SagaShop 버스 자체 테스트: 대역 서비스 7개로 이어진 체인에서 사가 %1개 실행</translation>
    </message>
    <message>
        <source>data directory: %1</source>
        <translation>데이터 디렉터리: %1</translation>
    </message>
    <message>
        <source>  %1 of %2 sagas completed</source>
        <translation>  사가 %2개 중 %1개 완료</translation>
    </message>
    <message>
        <source>completed %1 of %2 sagas in %3 s: %4 sagas/s, %5 events/s, %6 commits/s, latency p50 %7 ms, p99 %8 ms; retries %9, dead letters %10</source>
        <translation>사가 %2개 중 %1개를 %3초 만에 완료: 초당 사가 %4개, 초당 이벤트 %5개, 초당 커밋 %6회, 지연 시간 p50 %7ms, p99 %8ms, 재시도 %9회, 데드 레터 %10개</translation>
    </message>
    <message>
        <source>the saga log caught up %1 s later: %2 sagas/s end to end</source>
        <translation>사가 로그가 %1초 뒤에 따라잡음: 종단 간 초당 사가 %2개</translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT, e.g. 127.0.0.1:8080</source>
        <translation>--listen에는 HOST:PORT 형식으로 지정해야 해요 (예: 127.0.0.1:8080)</translation>
    </message>
    <message>
        <source>tokens: %1/api-token (shopper), %1/admin-token (admin)</source>
        <translation>토큰: %1/api-token (사용자), %1/admin-token (관리자)</translation>
    </message>
    <message>
        <source>stopped cleanly</source>
        <translation>정상 종료됨</translation>
    </message>
    <message>
        <source>SagaShop: a storefront and admin client over an event-driven saga backend.</source>
        <translation>SagaShop: 이벤트 기반 사가 백엔드를 사용하는 쇼핑몰 및 관리자 클라이언트.</translation>
    </message>
    <message>
        <source>Log what every service does.</source>
        <translation>모든 서비스의 동작을 로그로 남깁니다.</translation>
    </message>
    <message>
        <source>Serve the HTTP API on HOST:PORT (default 127.0.0.1:8080).</source>
        <translation>HOST:PORT에서 HTTP API를 제공합니다 (기본값 127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>Allow a non-loopback --listen address.</source>
        <translation>루프백이 아닌 --listen 주소를 허용합니다.</translation>
    </message>
    <message>
        <source>Shopper bearer token.</source>
        <translation>사용자용 Bearer 토큰.</translation>
    </message>
    <message>
        <source>Admin bearer token.</source>
        <translation>관리자용 Bearer 토큰.</translation>
    </message>
    <message>
        <source>POST confirmed orders to this URL.</source>
        <translation>확정된 주문을 이 URL로 POST합니다.</translation>
    </message>
    <message>
        <source>POST alerts (Slack-compatible) to this URL.</source>
        <translation>알림(Slack 호환)을 이 URL로 POST합니다.</translation>
    </message>
    <message>
        <source>SQLite durability: normal (default) or full.</source>
        <translation>SQLite 내구성: normal(기본값) 또는 full.</translation>
    </message>
    <message>
        <source>No display found: running headless (the HTTP API) instead.</source>
        <translation>디스플레이를 찾을 수 없어 창 없이(HTTP API만) 실행해요.</translation>
    </message>
    <message>
        <source>--synchronous must be normal or full</source>
        <translation>--synchronous는 normal 또는 full이어야 해요</translation>
    </message>
    <message>
        <source>Open the admin client (behind its login) instead of the storefront.</source>
        <translation>쇼핑몰 대신 관리자 클라이언트를 엽니다(로그인 필요).</translation>
    </message>
    <message>
        <source>SagaShop demo on %1: the storefront and the admin client (signed in as &quot;%2&quot;), simulated shoppers at %3 checkouts/s, staged faults every %4 s.</source>
        <translation>%1에서 SagaShop 데모: 상점과 관리자 화면(&quot;%2&quot;(으)로 로그인), 가상 쇼핑객 초당 %3건 결제, %4초마다 예정된 장애.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1은(는) %2부터 %3까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>Run without a window: the HTTP API, or the demo with --demo.</source>
        <translation>창 없이 실행합니다: HTTP API, 또는 --demo와 함께면 데모.</translation>
    </message>
    <message>
        <source>Run the demo: simulated shoppers and staged faults, with the storefront and the admin client side by side (on a fresh temporary data directory unless --data-dir).</source>
        <translation>데모를 실행합니다: 가상 쇼핑객과 예정된 장애를 상점과 관리자 화면을 나란히 띄워 보여 줍니다(--data-dir가 없으면 새 임시 데이터 디렉터리에서).</translation>
    </message>
    <message>
        <source>With --demo: stop after &lt;s&gt; seconds and print the summary (default: until closed or Ctrl+C).</source>
        <translation>--demo와 함께: &lt;s&gt;초 뒤에 멈추고 요약을 출력합니다(기본값: 창을 닫거나 Ctrl+C를 누를 때까지).</translation>
    </message>
    <message>
        <source>With --demo: simulated checkouts per second, 0.1 to 50 (default 3).</source>
        <translation>--demo와 함께: 초당 가상 결제 수, 0.1~50(기본값 3).</translation>
    </message>
    <message>
        <source>Keep the databases in &lt;dir&gt; (default: %1).</source>
        <translation>데이터베이스를 &lt;dir&gt;에 둡니다(기본값: %1).</translation>
    </message>
    <message>
        <source>Ask, then delete every database in the data directory and start fresh.</source>
        <translation>물어본 뒤 데이터 디렉터리의 모든 데이터베이스를 지우고 처음부터 시작합니다.</translation>
    </message>
    <message>
        <source>With --reset-data: do not ask.</source>
        <translation>--reset-data와 함께: 묻지 않습니다.</translation>
    </message>
    <message>
        <source>Run the bus self-test: sagas through seven stand-in services, then exit.</source>
        <translation>버스 자체 시험을 실행합니다: 대역 서비스 일곱 개를 거치는 사가를 돌린 뒤 끝냅니다.</translation>
    </message>
    <message>
        <source>With --self-test: the number of sagas (default 2000).</source>
        <translation>--self-test와 함께: 사가 수(기본값 2000).</translation>
    </message>
    <message>
        <source>Seconds between reconciler runs (30; the demo: 3).</source>
        <translation>조정기 실행 간격(초)(30, 데모: 3).</translation>
    </message>
    <message>
        <source>Seconds without progress before a saga is stuck (10; the demo: 5).</source>
        <translation>진행이 없을 때 사가를 멈춤으로 보기까지의 시간(초)(10, 데모: 5).</translation>
    </message>
    <message>
        <source>--duration and --rate go with --demo.</source>
        <translation>--duration과 --rate는 --demo와 함께 씁니다.</translation>
    </message>
    <message>
        <source>--chains goes with --self-test.</source>
        <translation>--chains는 --self-test와 함께 씁니다.</translation>
    </message>
    <message>
        <source>--self-test runs on its own: leave out --demo and --reset-data.</source>
        <translation>--self-test는 단독으로 실행합니다: --demo와 --reset-data를 빼세요.</translation>
    </message>
    <message>
        <source>--yes goes with --reset-data.</source>
        <translation>--yes는 --reset-data와 함께 씁니다.</translation>
    </message>
    <message>
        <source>--rate must be a number from 0.1 to 50 (checkouts per second).</source>
        <translation>--rate는 0.1부터 50까지의 수(초당 결제 수)여야 합니다.</translation>
    </message>
    <message>
        <source>No display found: running the demo headless.</source>
        <translation>디스플레이가 없습니다: 데모를 창 없이 실행합니다.</translation>
    </message>
</context>
<context>
    <name>sagashop::demo</name>
    <message>
        <source>the next %1 deliveries to inventory are duplicated</source>
        <translation>inventory로 가는 다음 전달 %1건이 중복돼요</translation>
    </message>
    <message>
        <source>the next delivery to payment is lost</source>
        <translation>payment로 가는 다음 전달이 유실돼요</translation>
    </message>
    <message>
        <source>the export endpoint is down for %1 s</source>
        <translation>내보내기 엔드포인트가 %1초 동안 중단돼요</translation>
    </message>
    <message>
        <source>could not place the order: %1</source>
        <translation>주문하지 못했어요: %1</translation>
    </message>
    <message>
        <source>every product is sold out</source>
        <translation>모든 상품이 품절이에요</translation>
    </message>
    <message>
        <source>order %1: a shopper with %2 won checks out for more, with a coupon</source>
        <translation>주문 %1: 잔액이 %2원인 쇼핑객이 쿠폰을 써서 그보다 비싸게 결제합니다</translation>
    </message>
    <message>
        <source>order %1: a shopper with %2 won checks out for more</source>
        <translation>주문 %1: 잔액이 %2원인 쇼핑객이 그보다 비싸게 결제합니다</translation>
    </message>
    <message>
        <source>The shoppers&apos; rate must be from %1 to %2 checkouts per second.</source>
        <translation>가상 쇼핑객의 속도는 초당 %1건부터 %2건까지여야 합니다.</translation>
    </message>
    <message>
        <source>SagaShop demo: %1 s at %2 checkouts/s</source>
        <translation>SagaShop 데모: %1초, 초당 %2건 결제</translation>
    </message>
    <message>
        <source>checkouts</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>(stock, coupon or balance said no)</source>
        <translation>(재고, 쿠폰 또는 잔액이 거절)</translation>
    </message>
    <message>
        <source>compensated</source>
        <translation>보상</translation>
    </message>
    <message>
        <source>(stock, coupon, balance or payment given back)</source>
        <translation>(재고, 쿠폰, 잔액 또는 결제를 되돌림)</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>(lost steps the reconciler delivered again)</source>
        <translation>(조정기가 다시 전달한 유실 단계)</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>데드 레터</translation>
    </message>
    <message>
        <source>(retry them from the admin client)</source>
        <translation>(관리자 화면에서 재시도하세요)</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>재시도</translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>(absorbed by the inboxes)</source>
        <translation>(인박스가 흡수)</translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation>비정상</translation>
    </message>
    <message>
        <source>staged faults</source>
        <translation>예정된 장애</translation>
    </message>
    <message>
        <source>not settled: %1 sagas had not ended when the demo stopped waiting</source>
        <translation>미완료: 데모가 기다림을 멈췄을 때 끝나지 않은 사가가 %1개였습니다</translation>
    </message>
    <message>
        <source>invariants</source>
        <translation>불변식</translation>
    </message>
    <message>
        <source>ok (stock, balance, coupons and open orders add up)</source>
        <translation>정상(재고, 잔액, 쿠폰, 미결 주문이 모두 맞습니다)</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>A demo cycle lasts from 1 second to 1 hour.</source>
        <translation>데모 한 회차는 1초에서 1시간 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The %1 at %2 ms falls outside the %3 ms cycle.</source>
        <translation>%2ms의 %1이(가) %3ms 회차를 벗어납니다.</translation>
    </message>
    <message>
        <source>An export outage needs a length that ends within its cycle.</source>
        <translation>내보내기 장애에는 회차 안에서 끝나는 길이가 필요합니다.</translation>
    </message>
    <message>
        <source>Export outages must not overlap.</source>
        <translation>내보내기 장애는 서로 겹치면 안 됩니다.</translation>
    </message>
    <message>
        <source>Balance failure</source>
        <translation>잔액 부족 실패</translation>
    </message>
    <message>
        <source>Duplicate delivery</source>
        <translation>중복 전달</translation>
    </message>
    <message>
        <source>Dropped event</source>
        <translation>유실된 이벤트</translation>
    </message>
    <message>
        <source>Export outage</source>
        <translation>내보내기 중단</translation>
    </message>
    <message>
        <source>The Balance service fails twice and is retried with backoff; then a shopper checks out with a coupon for more than their balance, and the coupon and stock are given back.</source>
        <translation>잔액 서비스가 두 번 실패하고 백오프로 재시도돼요. 이어서 한 쇼핑객이 쿠폰을 써서 잔액보다 큰 금액을 결제하고, 쿠폰과 재고가 되돌려져요.</translation>
    </message>
    <message>
        <source>The next three deliveries to Inventory arrive twice; its inbox ignores the copies.</source>
        <translation>재고 서비스로 가는 다음 전달 세 건이 두 번씩 도착해요. 인박스가 사본을 무시해요.</translation>
    </message>
    <message>
        <source>A delivery to Payment is lost; the saga stops, and the reconciler delivers the event again once the saga counts as stuck.</source>
        <translation>결제 서비스로 가는 전달 하나가 유실돼요. 사가가 멈추고, 멈춘 사가로 판정되면 정합성 검사가 이벤트를 다시 전달해요.</translation>
    </message>
    <message>
        <source>The export endpoint is down: exports fail, are retried and dead-lettered, and an alert is raised; the orders stay confirmed.</source>
        <translation>내보내기 엔드포인트가 중단돼요. 내보내기가 실패하고 재시도된 뒤 데드 레터가 되고 알림이 발생해요. 주문은 확정 상태로 남아요.</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::AbnormalOrdersModel</name>
    <message>
        <source>The ABNORMAL orders could not be read: %1</source>
        <translation>ABNORMAL 주문을 불러오지 못했어요: %1</translation>
    </message>
    <message>
        <source>An order could not be read: %1</source>
        <translation>주문 하나를 불러오지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::AdminSession</name>
    <message>
        <source>Could not find out whether an administrator exists: %1</source>
        <translation>관리자 계정이 있는지 확인하지 못했어요: %1</translation>
    </message>
    <message>
        <source>Enter a name for the administrator.</source>
        <translation>관리자 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters.</source>
        <translation>이름은 최대 %1자까지 입력할 수 있어요.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>비밀번호는 %1자 이상이어야 해요.</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>비밀번호는 최대 %1자까지 입력할 수 있어요.</translation>
    </message>
    <message>
        <source>The two passwords do not match. Type the same password twice.</source>
        <translation>두 비밀번호가 일치하지 않아요. 같은 비밀번호를 두 번 입력해 주세요.</translation>
    </message>
    <message>
        <source>Enter your name and your password.</source>
        <translation>이름과 비밀번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>이름 또는 비밀번호가 올바르지 않아요.</translation>
    </message>
    <message>
        <source>The administrator accounts cannot be reached right now (%1). Please try again in a moment.</source>
        <translation>지금은 관리자 계정 정보에 접근할 수 없어요(%1). 잠시 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>An administrator has already been set up. Sign in with that name and password.</source>
        <translation>이미 설정된 관리자가 있어요. 그 이름과 비밀번호로 로그인해 주세요.</translation>
    </message>
    <message>
        <source>The name must have 1 to %1 characters.</source>
        <translation>이름은 1~%1자로 입력해 주세요.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>처리하지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::AlertFeedModel</name>
    <message>
        <source>Dead letter</source>
        <translation>데드 레터</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Abnormal saga</source>
        <translation>비정상 사가</translation>
    </message>
    <message>
        <source>The alerts could not be read: %1</source>
        <translation>알림을 불러오지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::Backend</name>
    <message>
        <source>The disk is full: the %1 service cannot save. Nothing is lost; it retries by itself once there is space.</source>
        <translation>디스크가 가득 차서 %1 서비스가 저장하지 못하고 있어요. 데이터는 유실되지 않으며, 공간이 생기면 자동으로 다시 시도해요.</translation>
    </message>
    <message>
        <source>Another program holds the %1 database. SagaShop waits and retries; nothing is lost.</source>
        <translation>다른 프로그램이 %1 데이터베이스를 사용 중이에요. SagaShop이 기다렸다가 다시 시도하며, 데이터는 유실되지 않아요.</translation>
    </message>
    <message>
        <source>The %1 database cannot be written (read-only). Check the permissions of %2.</source>
        <translation>%1 데이터베이스에 쓸 수 없어요(읽기 전용). %2의 권한을 확인해 주세요.</translation>
    </message>
    <message>
        <source>The %1 database is damaged (%2). Restore it from a backup.</source>
        <translation>%1 데이터베이스가 손상됐어요(%2). 백업에서 복원해 주세요.</translation>
    </message>
    <message>
        <source>The %1 service has trouble with its database: %2</source>
        <translation>%1 서비스의 데이터베이스에 문제가 있어요: %2</translation>
    </message>
    <message>
        <source>A step of an order could not be processed (%1 at %2) and waits for an administrator. Your money and stock are safe.</source>
        <translation>주문 처리 단계 하나를 진행하지 못해 관리자 확인을 기다리고 있어요(%2: %1). 잔액과 재고는 안전해요.</translation>
    </message>
    <message>
        <source>an unreadable event</source>
        <translation>읽을 수 없는 이벤트</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::CartModel</name>
    <message>
        <source>Your coupons could not be read: %1</source>
        <translation>쿠폰 목록을 불러오지 못했어요: %1</translation>
    </message>
    <message>
        <source>This coupon is not in your wallet.</source>
        <translation>내 쿠폰함에 없는 쿠폰이에요.</translation>
    </message>
    <message>
        <source>This coupon belongs to someone else.</source>
        <translation>다른 사람의 쿠폰이에요.</translation>
    </message>
    <message>
        <source>This coupon has already been used.</source>
        <translation>이미 사용한 쿠폰이에요.</translation>
    </message>
    <message>
        <source>This coupon has expired.</source>
        <translation>유효기간이 지난 쿠폰이에요.</translation>
    </message>
    <message>
        <source>This coupon applies to orders of %1 or more: add %2.</source>
        <translation>%1 이상 주문 시 사용할 수 있는 쿠폰이에요. %2 더 담아 주세요.</translation>
    </message>
    <message>
        <source>This coupon cannot be used: %1</source>
        <translation>이 쿠폰은 사용할 수 없어요: %1</translation>
    </message>
    <message>
        <source>%1 is sold out and was taken out of your cart.</source>
        <translation>%1 상품이 품절되어 장바구니에서 뺐어요.</translation>
    </message>
    <message>
        <source>Only %1 left of %2: your cart now holds %1.</source>
        <translation>%2 재고가 %1개만 남아 장바구니 수량을 %1개로 바꿨어요.</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::CheckoutTracker</name>
    <message>
        <source>A checkout is already running.</source>
        <translation>이미 결제가 진행 중이에요.</translation>
    </message>
    <message>
        <source>The shop is not running.</source>
        <translation>상점이 실행 중이 아니에요.</translation>
    </message>
    <message>
        <source>Your cart is empty.</source>
        <translation>장바구니가 비어 있어요.</translation>
    </message>
    <message>
        <source>This cart does not belong to the shopper who is paying.</source>
        <translation>결제하는 사용자의 장바구니가 아니에요.</translation>
    </message>
    <message>
        <source>The order could not be placed: %1</source>
        <translation>주문하지 못했어요: %1</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>%1번 주문이 없어요.</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>주문을 불러오지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::CouponModel</name>
    <message>
        <source>The coupons could not be read: %1</source>
        <translation>쿠폰을 불러오지 못했어요: %1</translation>
    </message>
    <message>
        <source>Choose who is shopping before claiming a coupon.</source>
        <translation>쿠폰을 받기 전에 사용자를 선택해 주세요.</translation>
    </message>
    <message>
        <source>Coupon claimed</source>
        <translation>쿠폰을 받았어요</translation>
    </message>
    <message>
        <source>The coupon could not be claimed right now. Please try again in a moment.</source>
        <translation>지금은 쿠폰을 받을 수 없어요. 잠시 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Sorry, this coupon is sold out</source>
        <translation>죄송해요, 쿠폰이 모두 소진됐어요</translation>
    </message>
    <message>
        <source>You already have this coupon</source>
        <translation>이미 받은 쿠폰이에요</translation>
    </message>
    <message>
        <source>Sorry, this coupon has expired</source>
        <translation>죄송해요, 유효기간이 지난 쿠폰이에요</translation>
    </message>
    <message>
        <source>This coupon is no longer offered</source>
        <translation>더 이상 제공하지 않는 쿠폰이에요</translation>
    </message>
    <message>
        <source>The coupon could not be claimed: %1</source>
        <translation>쿠폰을 받지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::DashboardModel</name>
    <message>
        <source>Books not checked yet</source>
        <translation>장부 점검 전</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>재고</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>쿠폰</translation>
    </message>
    <message>
        <source>Stuck sagas</source>
        <translation>멈춘 사가</translation>
    </message>
    <message>
        <source>%1: could not be checked (%2)</source>
        <translation>%1: 점검하지 못했어요 (%2)</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>상품 1개</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>상품 %1개</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1개</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1개</translation>
    </message>
    <message>
        <source>%1: %2 off by %3 in all (%4)</source>
        <translation>%1: %2에서 총 %3 차이 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 spent from balances and %3 paid, but confirmed orders total %4 (off by %5)</source>
        <translation>%1: 잔액 차감 %2, 결제 %3, 확정된 주문 합계 %4 (차이 %5)</translation>
    </message>
    <message>
        <source>%1: %2 coupons used, but %3 confirmed orders used one (off by %4)</source>
        <translation>%1: 사용된 쿠폰 %2장, 쿠폰을 쓴 확정 주문 %3건 (차이 %4)</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>주문 1건</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>주문 %1건</translation>
    </message>
    <message>
        <source>%1: %2 without progress (%3)</source>
        <translation>%1: %2 진행 멈춤 (%3)</translation>
    </message>
    <message>
        <source>Books balance</source>
        <translation>장부 일치</translation>
    </message>
    <message>
        <source>Stock, money and coupons add up; no saga is stuck.</source>
        <translation>재고, 금액, 쿠폰이 모두 맞고 멈춘 사가도 없어요.</translation>
    </message>
    <message>
        <source>Books out of balance: %1</source>
        <translation>장부 불일치: %1</translation>
    </message>
    <message>
        <source>Books settling</source>
        <translation>장부 정산 중</translation>
    </message>
    <message>
        <source>Checkouts were in flight during the check; differences so far:</source>
        <translation>점검하는 동안 진행 중인 결제가 있었어요. 지금까지의 차이:</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>점검 시각 %1</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::DeadLetterGroupModel</name>
    <message>
        <source>Retrying %1 of %2</source>
        <extracomment>Bulk retry of dead letters: which one is being retried, of how many.</extracomment>
        <translation>%2개 중 %1번째 재시도 중</translation>
    </message>
    <message>
        <source>Discarding %1 of %2</source>
        <extracomment>Bulk discard of dead letters: which one is being discarded, of how many.</extracomment>
        <translation>%2개 중 %1번째 폐기 중</translation>
    </message>
    <message>
        <source>(undecodable)</source>
        <translation>(디코딩 불가)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates event type names in a dead-letter group.
----------
Separates the parts of a summary such as &quot;3 handled, 1 failed again&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Not connected to the shop.</source>
        <translation>상점에 연결되어 있지 않아요.</translation>
    </message>
    <message>
        <source>Waiting to be retried…</source>
        <translation>재시도 대기 중…</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>재시도 중…</translation>
    </message>
    <message>
        <source>Failed again: %1</source>
        <extracomment>A dead letter was retried and its consumer failed again; %1 is the error.</extracomment>
        <translation>다시 실패: %1</translation>
    </message>
    <message>
        <source>Could not retry: %1</source>
        <extracomment>A dead letter could not be retried (storage trouble); %1 says why.</extracomment>
        <translation>재시도하지 못했어요: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n handled</source>
        <translation>
            <numerusform>%n개 처리됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed again</source>
        <translation>
            <numerusform>%n개 다시 실패</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discarded</source>
        <translation>
            <numerusform>%n개 폐기됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n개 이미 없음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sagashop::ui::DemoController</name>
    <message>
        <source>paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <source>%1 checkouts/s</source>
        <extracomment>The simulated shoppers&apos; pace, e.g. &quot;3.0 checkouts/s&quot;.</extracomment>
        <translation>초당 %1건</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A stretch of the demo&apos;s timetable, e.g. &quot;0:14–0:18&quot;.</extracomment>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::FaultsModel</name>
    <message>
        <source>Fail the next N</source>
        <translation>다음 N회 실패</translation>
    </message>
    <message>
        <source>Fail with probability</source>
        <translation>확률적으로 실패</translation>
    </message>
    <message>
        <source>Delay each</source>
        <translation>전달마다 지연</translation>
    </message>
    <message>
        <source>Duplicate the next N</source>
        <translation>다음 N회 중복 전달</translation>
    </message>
    <message>
        <source>Drop the next N</source>
        <translation>다음 N회 유실</translation>
    </message>
    <message>
        <source>endpoint down</source>
        <translation>엔드포인트 중단</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the active faults of a service.</extracomment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>fail next %n</source>
        <translation>
            <numerusform>다음 %n회 실패</numerusform>
        </translation>
    </message>
    <message>
        <source>fail %1 %</source>
        <extracomment>A fault: each handling fails with this probability, e.g. &quot;fail 30 %&quot;.</extracomment>
        <translation>%1% 확률로 실패</translation>
    </message>
    <message>
        <source>delay %1 ms</source>
        <translation>%1ms 지연</translation>
    </message>
    <message numerus="yes">
        <source>duplicate next %n</source>
        <translation>
            <numerusform>다음 %n회 중복</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>drop next %n</source>
        <translation>
            <numerusform>다음 %n회 유실</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no service called &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 서비스가 없어요.</translation>
    </message>
    <message>
        <source>There is no fault mode &quot;%1&quot; (fail, delay, duplicate or drop).</source>
        <translation>&quot;%1&quot; 장애 유형은 없어요 (fail, delay, duplicate, drop 중 하나).</translation>
    </message>
    <message>
        <source>The probability must be a number between 0 and 1.</source>
        <translation>확률은 0과 1 사이의 숫자여야 해요.</translation>
    </message>
    <message>
        <source>%1: not applied, %2.</source>
        <extracomment>A fault plan was refused; %1 is the service, %2 the reason (e.g. &quot;count must be …&quot;).</extracomment>
        <translation>%1: 적용하지 못했어요 (%2).</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::MyCouponModel</name>
    <message>
        <source>Available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>사용 완료</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>기간 만료</translation>
    </message>
    <message>
        <source>Your coupons could not be read: %1</source>
        <translation>내 쿠폰을 불러오지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::OrderHistoryModel</name>
    <message>
        <source>Your orders could not be read: %1</source>
        <translation>주문 내역을 불러오지 못했어요: %1</translation>
    </message>
    <message>
        <source>An order could not be read: %1</source>
        <translation>주문 하나를 불러오지 못했어요: %1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>주문 확정</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>주문 실패</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>주문 취소</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <extracomment>One line of an order: a product and its quantity, e.g. &quot;Americano Beans ×2&quot;.</extracomment>
        <translation>%1 %2개</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the items of an order, e.g. &quot;Americano Beans ×2, Cold Brew ×1&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>After the first items of an order: how many more there are.</extracomment>
        <translation>
            <numerusform>%1 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough stock, so nothing was charged. %1</source>
        <translation>재고가 부족해 결제되지 않았어요. %1</translation>
    </message>
    <message>
        <source>The coupon could not be used, so nothing was charged. %1</source>
        <translation>쿠폰을 사용할 수 없어 결제되지 않았어요. %1</translation>
    </message>
    <message>
        <source>Your balance was less than the %1 to pay, so nothing was charged.</source>
        <translation>잔액이 결제 금액 %1보다 적어 결제되지 않았어요.</translation>
    </message>
    <message>
        <source>Your balance was not enough, so nothing was charged. %1</source>
        <translation>잔액이 부족해 결제되지 않았어요. %1</translation>
    </message>
    <message>
        <source>The order could not be completed. %1</source>
        <translation>주문을 완료하지 못했어요. %1</translation>
    </message>
    <message>
        <source>The order was cancelled and your payment has been refunded.</source>
        <translation>주문이 취소되어 결제 금액을 환불했어요.</translation>
    </message>
    <message>
        <source>The order was cancelled; your payment is being refunded.</source>
        <translation>주문이 취소되어 결제 금액을 환불하고 있어요.</translation>
    </message>
    <message>
        <source>Something went wrong with this order; the shop is looking into it. %1</source>
        <translation>주문에 문제가 생겨 상점에서 확인하고 있어요. %1</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::ProductModel</name>
    <message>
        <source>The catalogue could not be read: %1</source>
        <translation>상품 목록을 불러오지 못했어요: %1</translation>
    </message>
    <message>
        <source>The stock could not be read: %1</source>
        <translation>재고를 불러오지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::ReconcileRunsModel</name>
    <message>
        <source>The reconciler could not run: %1</source>
        <translation>정합성 검사를 실행하지 못했어요: %1</translation>
    </message>
    <message>
        <source>Did not run: %1</source>
        <translation>실행되지 않았어요: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n saga(s) examined, %1 stuck</source>
        <translation>
            <numerusform>사가 %n개 검사, %1개 멈춤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saga(s) examined, none stuck</source>
        <translation>
            <numerusform>사가 %n개 검사, 멈춘 사가 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) re-delivered</source>
        <translation>
            <numerusform>단계 %n개 재전달</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holding(s) restored</source>
        <translation>
            <numerusform>묶여 있던 항목 %n개 복구</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) marked ABNORMAL</source>
        <translation>
            <numerusform>주문 %n건 ABNORMAL로 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; nothing to do.</source>
        <extracomment>A reconciliation run&apos;s summary: what it found, then that it did nothing.</extracomment>
        <translation>%1, 할 일 없음.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>A reconciliation run&apos;s summary: what it found, then what it did.</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>sagashop::ui::SagaActions</name>
    <message>
        <source>, </source>
        <extracomment>Joins all but the last item of a list, e.g. &quot;stock, coupon&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last item of a list, e.g. &quot;stock, coupon and ₩18,900&quot;.</extracomment>
        <translation>%1 및 %2</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>재고</translation>
    </message>
    <message>
        <source>coupon</source>
        <translation>쿠폰</translation>
    </message>
    <message>
        <source>money</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Cancel order %1? Its %2 go back to user %3; recorded in the saga log as done by %4.</source>
        <translation>%1번 주문을 취소할까요? %2을(를) 사용자 %3에게 돌려주고, 사가 로그에 %4의 작업으로 기록해요.</translation>
    </message>
    <message>
        <source>Compensate order %1 by cancelling it? Its %2 go back to user %3; recorded in the saga log as done by %4.</source>
        <translation>%1번 주문을 취소해서 보상할까요? %2을(를) 사용자 %3에게 돌려주고, 사가 로그에 %4의 작업으로 기록해요.</translation>
    </message>
    <message>
        <source>Compensate order %1? It is marked ABNORMAL so it can no longer complete; nothing is held right now. Recorded in the saga log as done by %2.</source>
        <translation>%1번 주문을 보상할까요? ABNORMAL로 표시되어 더는 완료될 수 없어요. 지금 묶여 있는 항목은 없어요. 사가 로그에 %2의 작업으로 기록해요.</translation>
    </message>
    <message>
        <source>Compensate order %1? It is marked ABNORMAL so it can no longer complete, and its %2 go back to user %3; recorded in the saga log as done by %4.</source>
        <translation>%1번 주문을 보상할까요? ABNORMAL로 표시되어 더는 완료될 수 없으며, %2을(를) 사용자 %3에게 돌려줘요. 사가 로그에 %4의 작업으로 기록해요.</translation>
    </message>
    <message>
        <source>Compensate order %1? Nothing is held for it right now, so nothing should change; recorded in the saga log as done by %2.</source>
        <translation>%1번 주문을 보상할까요? 지금 이 주문에 묶여 있는 항목이 없어 달라지는 것은 없을 거예요. 사가 로그에 %2의 작업으로 기록해요.</translation>
    </message>
    <message>
        <source>Compensate order %1? The %2 still held for it go back to user %3; recorded in the saga log as done by %4.</source>
        <translation>%1번 주문을 보상할까요? 아직 묶여 있는 %2을(를) 사용자 %3에게 돌려주고, 사가 로그에 %4의 작업으로 기록해요.</translation>
    </message>
    <message>
        <source>Nothing seems to be missing right now. Check again and re-deliver whatever is missing? Recorded in the saga log as done by %1.</source>
        <translation>지금은 누락된 단계가 없는 것 같아요. 다시 확인해서 누락된 단계가 있으면 재전달할까요? 사가 로그에 %1의 작업으로 기록해요.</translation>
    </message>
    <message numerus="yes">
        <source>Re-deliver %n missing step(s) (%1)? Each goes to its service again with its original event id, so nothing happens twice; recorded in the saga log as done by %2.</source>
        <translation>
            <numerusform>누락된 단계 %n개(%1)를 재전달할까요? 각 단계는 원래 이벤트 ID 그대로 해당 서비스에 다시 전달되므로 두 번 처리되지 않아요. 사가 로그에 %2의 작업으로 기록해요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 cancelled; the compensations follow.</source>
        <translation>%1번 주문을 취소했어요. 이어서 보상이 진행돼요.</translation>
    </message>
    <message>
        <source>Order %1 was already cancelled: nothing done.</source>
        <translation>%1번 주문은 이미 취소됐어요. 아무 작업도 하지 않았어요.</translation>
    </message>
    <message>
        <source>Order %1 marked ABNORMAL; nothing was held.</source>
        <translation>%1번 주문을 ABNORMAL로 표시했어요. 묶여 있던 항목은 없었어요.</translation>
    </message>
    <message>
        <source>Order %1 marked ABNORMAL; restored %2.</source>
        <translation>%1번 주문을 ABNORMAL로 표시하고 %2을(를) 되돌렸어요.</translation>
    </message>
    <message>
        <source>Restored %1 of order %2.</source>
        <translation>%2번 주문의 %1을(를) 되돌렸어요.</translation>
    </message>
    <message>
        <source>Nothing to restore for order %1: nothing done.</source>
        <translation>%1번 주문에는 되돌릴 항목이 없어 아무 작업도 하지 않았어요.</translation>
    </message>
    <message numerus="yes">
        <source>Re-delivered %n missing step(s): %1.</source>
        <translation>
            <numerusform>누락된 단계 %n개를 재전달했어요: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>%1번 주문이 없어요.</translation>
    </message>
    <message>
        <source>There is no saga %1.</source>
        <translation>%1 사가가 없어요.</translation>
    </message>
    <message>
        <source>Order %1 is %2: only a confirmed order can be cancelled.</source>
        <translation>%1번 주문은 %2 상태예요. 확정된 주문만 취소할 수 있어요.</translation>
    </message>
    <message>
        <source>Nothing is missing: every step has reached its service, nothing done.</source>
        <translation>누락된 단계가 없어요. 모든 단계가 서비스에 전달되어 아무 작업도 하지 않았어요.</translation>
    </message>
    <message>
        <source>The backend could not do it right now (%1). Try again.</source>
        <translation>지금은 백엔드에서 처리할 수 없어요(%1). 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>It did not work: %1</source>
        <translation>처리하지 못했어요: %1</translation>
    </message>
    <message>
        <source>(It could not be recorded in the saga log: %1)</source>
        <translation>(사가 로그에 기록하지 못했어요: %1)</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::SagaListModel</name>
    <message>
        <source>Search for an order number (123 or #123), a saga id or its beginning, or a user (u:3).</source>
        <translation>주문 번호(123 또는 #123), 사가 ID나 그 앞부분, 또는 사용자(u:3)로 검색해 주세요.</translation>
    </message>
    <message>
        <source>The sagas could not be read: %1</source>
        <translation>사가 목록을 불러오지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::SagaStepListModel</name>
    <message>
        <source>Done on attempt %1</source>
        <translation>%1번째 시도에서 완료</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Retrying (attempt %1 failed)</source>
        <translation>재시도 중 (%1번째 시도 실패)</translation>
    </message>
    <message>
        <source>Dead-lettered on attempt %1</source>
        <translation>%1번째 시도 후 데드 레터로 이동</translation>
    </message>
    <message>
        <source>Duplicate ignored</source>
        <translation>중복 무시됨</translation>
    </message>
    <message>
        <source>Delivery lost; awaiting redelivery</source>
        <translation>전달 유실, 재전달 대기 중</translation>
    </message>
    <message>
        <source>Discarded by an administrator</source>
        <translation>관리자가 폐기함</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>발행됨</translation>
    </message>
    <message>
        <source>Administrator action</source>
        <translation>관리자 작업</translation>
    </message>
    <message>
        <source>Administrator action failed</source>
        <translation>관리자 작업 실패</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>예정</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::SagaTimelineModel</name>
    <message>
        <source>&quot;%1&quot; is not a saga id: a saga id looks like 0190a2b4-7c1d-7e3f-9a01-23456789abcd.</source>
        <translation>사가 ID가 아니에요: &quot;%1&quot;. 사가 ID는 0190a2b4-7c1d-7e3f-9a01-23456789abcd와 같은 형식이에요.</translation>
    </message>
    <message>
        <source>The timeline of saga %1 could not be read: %2</source>
        <translation>사가 %1의 타임라인을 불러오지 못했어요: %2</translation>
    </message>
    <message>
        <source>The saga log has nothing for saga %1 (yet).</source>
        <translation>사가 로그에 사가 %1의 기록이 (아직) 없어요.</translation>
    </message>
    <message>
        <source>%1 published %2</source>
        <translation>%1 서비스가 %2 이벤트를 발행했어요</translation>
    </message>
    <message>
        <source>%1 published the compensation %2</source>
        <translation>%1 서비스가 %2 보상 이벤트를 발행했어요</translation>
    </message>
    <message>
        <source>%1 handled %2 when an administrator retried it from the dead-letter queue</source>
        <translation>관리자가 데드 레터 큐에서 재시도해 %1 서비스가 %2 이벤트를 처리했어요</translation>
    </message>
    <message>
        <source>%1 handled %2 on attempt %3</source>
        <translation>%1 서비스가 %3번째 시도에서 %2 이벤트를 처리했어요</translation>
    </message>
    <message>
        <source>%1 handled %2</source>
        <translation>%1 서비스가 %2 이벤트를 처리했어요</translation>
    </message>
    <message>
        <source>Attempt %1 of %2 to handle %3 failed: %4; it will be retried</source>
        <translation>%2 서비스의 %3 이벤트 처리 %1번째 시도가 실패했어요: %4. 다시 시도할 예정이에요</translation>
    </message>
    <message>
        <source>%1 gave up on %2 after %3 attempts: %4. It waits in the dead-letter queue.</source>
        <translation>%1 서비스가 %3회 시도한 뒤 %2 이벤트 처리를 포기했어요: %4. 데드 레터 큐에서 기다리고 있어요.</translation>
    </message>
    <message>
        <source>%1 received %2 again and ignored it: it was already handled</source>
        <translation>%1 서비스가 %2 이벤트를 다시 받았지만 이미 처리한 이벤트라서 무시했어요</translation>
    </message>
    <message>
        <source>The delivery of %2 to %1 was lost (fault injection); it will be delivered again</source>
        <translation>%2 이벤트를 %1 서비스로 전달하다 유실됐어요(장애 주입). 다시 전달될 예정이에요</translation>
    </message>
    <message>
        <source>An administrator discarded the dead letter of %2 at %1</source>
        <translation>관리자가 %1 서비스의 %2 데드 레터를 폐기했어요</translation>
    </message>
    <message>
        <source>Administrator action %1</source>
        <translation>관리자 작업 %1</translation>
    </message>
    <message>
        <source>Administrator %1: %2</source>
        <translation>관리자 %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is expected to handle %2</source>
        <translation>%1 서비스가 %2 이벤트를 처리할 예정이에요</translation>
    </message>
    <message>
        <source>%1 is expected to handle %2 and publish %3</source>
        <translation>%1 서비스가 %2 이벤트를 처리하고 %3 이벤트를 발행할 예정이에요</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (or %2)</source>
        <translation>%1 (또는 %2)</translation>
    </message>
    <message>
        <source>%1; attempt %2 comes next</source>
        <translation>%1. 다음은 %2번째 시도예요</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::Session</name>
    <message>
        <source>The list of users could not be read: %1</source>
        <translation>사용자 목록을 불러오지 못했어요: %1</translation>
    </message>
    <message>
        <source>Your balance could not be read: %1</source>
        <translation>잔액을 불러오지 못했어요: %1</translation>
    </message>
    <message>
        <source>The shop is not ready yet; nothing was charged.</source>
        <translation>상점이 아직 준비되지 않아 충전되지 않았어요.</translation>
    </message>
    <message>
        <source>The charge could not be saved right now, so nothing was charged. Please try again in a moment.</source>
        <translation>지금은 충전 내역을 저장할 수 없어 충전되지 않았어요. 잠시 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Charge between %1 and %2 at a time.</source>
        <translation>한 번에 %1부터 %2까지 충전할 수 있어요.</translation>
    </message>
    <message>
        <source>Your balance can hold at most %1; this charge would pass it.</source>
        <translation>잔액은 최대 %1까지 보유할 수 있어요. 이 금액을 충전하면 한도를 넘어요.</translation>
    </message>
    <message>
        <source>This user no longer exists. Choose another user.</source>
        <translation>더 이상 없는 사용자예요. 다른 사용자를 선택해 주세요.</translation>
    </message>
    <message>
        <source>The charge did not go through: %1</source>
        <translation>충전하지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>sagashop::ui::UserModel</name>
    <message>
        <source>The list of users could not be read: %1</source>
        <translation>사용자 목록을 불러오지 못했어요: %1</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>이름을 입력해 주세요.</translation>
    </message>
    <message numerus="yes">
        <source>A name can have at most %n character(s).</source>
        <translation>
            <numerusform>이름은 최대 %n자까지 입력할 수 있어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop is not ready yet; try again in a moment.</source>
        <translation>상점이 아직 준비되지 않았어요. 잠시 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The new user could not be saved right now. Please try again in a moment.</source>
        <translation>지금은 새 사용자를 저장할 수 없어요. 잠시 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>A name must have 1 to %1 characters.</source>
        <translation>이름은 1~%1자로 입력해 주세요.</translation>
    </message>
    <message>
        <source>The user could not be created: %1</source>
        <translation>사용자를 만들지 못했어요: %1</translation>
    </message>
</context>
</TS>
