pragma solidity ^0.4.19;

// A "private bank" in the style of the 2018 honeypots: deposits are logged through a separate
// contract and CashOut pays before it books the withdrawal.
contract TransferLog {
    struct Entry { address who; string kind; uint amount; uint at; }
    Entry[] public history;

    function record(address who, uint amount, string kind) public {
        history.push(Entry(who, kind, amount, now));
    }
}

contract SafeSavings {
    mapping(address => uint) public balances;
    uint public minDeposit = 1 ether;
    TransferLog log;

    function SafeSavings(address logAddress) public {
        log = TransferLog(logAddress);
    }

    function Deposit() public payable {
        if (msg.value >= minDeposit) {
            balances[msg.sender] += msg.value;
            log.record(msg.sender, msg.value, "Deposit");
        }
    }

    function CashOut(uint amount) public {
        if (amount <= balances[msg.sender]) {
            if (msg.sender.call.value(amount)()) { // @vuln category=reentrancy
                balances[msg.sender] -= amount;
                log.record(msg.sender, amount, "CashOut");
            }
        }
    }

    function() public payable {}
}
