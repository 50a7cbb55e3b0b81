# Project-wide compile settings, applied to every ChannelDesk target through channeldesk_settings.
add_library(channeldesk_settings INTERFACE)
add_library(ChannelDesk::settings ALIAS channeldesk_settings)

target_compile_definitions(channeldesk_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CHANNELDESK_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(channeldesk_settings INTERFACE /W4 /permissive- /utf-8)
else()
    target_compile_options(channeldesk_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
endif()

if(CHANNELDESK_SANITIZE)
    target_compile_options(channeldesk_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(channeldesk_settings INTERFACE -fsanitize=address,undefined)
endif()
