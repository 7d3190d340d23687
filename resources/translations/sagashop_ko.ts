<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
        <source>Run without a window.</source>
        <translation>창 없이 실행합니다.</translation>
    </message>
    <message>
        <source>Run the demo.</source>
        <translation>데모를 실행합니다.</translation>
    </message>
    <message>
        <source>Keep the databases in &lt;dir&gt;.</source>
        <translation>데이터베이스를 &lt;dir&gt;에 보관합니다.</translation>
    </message>
    <message>
        <source>Number of demo checkouts (default 2000).</source>
        <translation>데모 결제 횟수 (기본값 2000).</translation>
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
        <source>Seconds between reconciler runs (30).</source>
        <translation>정합성 검사(reconciler) 실행 간격, 초 단위 (30).</translation>
    </message>
    <message>
        <source>Seconds without progress before a saga is stuck (10).</source>
        <translation>진행이 없을 때 사가를 멈춘 것으로 보기까지의 시간, 초 단위 (10).</translation>
    </message>
    <message>
        <source>--chains must be a whole number from 1 to 10000000</source>
        <translation>--chains는 1부터 10000000 사이의 정수여야 해요</translation>
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
        <source>--reconcile-interval and --stuck-after take whole seconds from 1 to 86400</source>
        <translation>--reconcile-interval과 --stuck-after에는 1부터 86400 사이의 정수(초)를 지정해야 해요</translation>
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
