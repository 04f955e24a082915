package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.shop.Receipt;
import com.example.shop.Sticker;
import org.junit.jupiter.api.Test;

class AppTest {
    @Test
    void everyModelIsTaggedAndLabelIsSticker() {
        Sticker sticker = App.order().getLabel();

        assertEquals("gift", sticker.getText());
        assertEquals("v1:Order v1:Sticker v1:Receipt", App.tags(App.order(), sticker, Receipt.builder().orderId("o-1").build()));
    }
}
