"""The privacy notice a new “Chính sách bảo vệ dữ liệu cá nhân” section starts with.

Decree 13/2023/NĐ-CP Art. 13 lists what a notice of personal-data processing must
say (ND13-13); Art. 9 lists the data subject's rights (ND13-9). The scaffold writes
these headings, each with a first paragraph the agency completes. Data only.
"""

#: (heading, first paragraph) pairs, in the order of Art. 13.2 then the rights.
PRIVACY_NOTICE = (
    (
        "Mục đích xử lý dữ liệu cá nhân",
        "Cơ quan xử lý dữ liệu cá nhân mà tổ chức, cá nhân gửi qua Cổng thông tin "
        "điện tử để tiếp nhận, xử lý và trả lời câu hỏi, kiến nghị; tiếp nhận, tổng "
        "hợp, tiếp thu ý kiến góp ý dự thảo văn bản; thông báo tình trạng xử lý cho "
        "người gửi.",
    ),
    (
        "Loại dữ liệu cá nhân được xử lý",
        "Họ và tên; địa chỉ thư điện tử hoặc số điện thoại; địa chỉ liên hệ (không "
        "bắt buộc); nội dung câu hỏi, ý kiến và tệp đính kèm do người gửi cung cấp. "
        "Cổng thông tin không lưu địa chỉ IP của người gửi.",
    ),
    (
        "Cách thức xử lý",
        "Dữ liệu được lưu trong hệ thống của Cổng thông tin; cán bộ được giao nhiệm "
        "vụ xem, phân loại, chuyển đơn vị liên quan và trả lời. Họ tên chỉ được công "
        "khai cùng ý kiến khi người gửi đồng ý; thư điện tử, số điện thoại và địa chỉ "
        "không bao giờ được công khai.",
    ),
    (
        "Tổ chức, cá nhân khác liên quan đến việc xử lý",
        "Các đơn vị thuộc cơ quan được giao trả lời câu hỏi hoặc chủ trì soạn thảo "
        "văn bản. Cơ quan không cung cấp dữ liệu cho bên thứ ba, trừ trường hợp pháp "
        "luật quy định.",
    ),
    (
        "Hậu quả, thiệt hại không mong muốn có khả năng xảy ra",
        "Dữ liệu có thể bị lộ nếu hệ thống bị tấn công. Cơ quan áp dụng các biện pháp "
        "bảo vệ và thông báo cho cơ quan chuyên trách, người có liên quan khi xảy ra "
        "vi phạm theo quy định.",
    ),
    (
        "Thời gian bắt đầu, thời gian kết thúc xử lý dữ liệu",
        "Việc xử lý bắt đầu khi người gửi đồng ý và gửi biểu mẫu; dữ liệu cá nhân "
        "được xóa sau thời hạn lưu trữ ghi trong biểu mẫu, tính từ khi xử lý xong.",
    ),
    (
        "Quyền của chủ thể dữ liệu",
        "Người gửi có quyền được biết, đồng ý hoặc rút lại sự đồng ý, truy cập, chỉnh "
        "sửa, yêu cầu cung cấp, xóa, hạn chế xử lý dữ liệu, phản đối xử lý, khiếu nại, "
        "tố cáo, khởi kiện và yêu cầu bồi thường theo quy định. Yêu cầu hạn chế, phản "
        "đối xử lý hoặc cung cấp dữ liệu được thực hiện trong 72 giờ.",
    ),
    (
        "Liên hệ, yêu cầu về dữ liệu cá nhân",
        "Gửi yêu cầu về dữ liệu cá nhân tới địa chỉ thư điện tử công vụ của cơ quan "
        "ghi ở chân trang, nêu mã phiếu (nếu có) và thư điện tử hoặc số điện thoại "
        "đã dùng khi gửi.",
    ),
)
